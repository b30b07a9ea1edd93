package dev.newsflow.ingest.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressMeterTest {

  @Test
  void shouldEndTheTerminalBarWithTheFinalCountAndANewLine() {
    StringWriter err = new StringWriter();
    ProgressMeter meter = ProgressMeter.of(new PrintWriter(err), true, 10);

    for (int i = 0; i < 3; i++) {
      meter.run();
    }
    meter.finish();

    assertThat(err.toString())
        .startsWith("\r[#######.................] 3/10  30%")
        .endsWith("\u001b[K\n");
  }
}
