package dev.newsflow.streams.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StreamsTelemetryTest {

  @Test
  void shouldBeNeitherLiveNorReadyBeforeAStreamsAppIsBound() {
    try (StreamsTelemetry telemetry = new StreamsTelemetry()) {
      assertThat(telemetry.liveness().json())
          .isEqualTo("{\"status\":\"DOWN\",\"state\":\"CREATED\"}");
      assertThat(telemetry.readiness().httpStatus()).isEqualTo(503);
    }
  }

  @Test
  void shouldExportTheJvmsMetrics() {
    try (StreamsTelemetry telemetry = new StreamsTelemetry()) {
      assertThat(telemetry.registry().scrape())
          .contains("jvm_memory_used_bytes")
          .contains("jvm_threads_live_threads");
    }
  }
}
