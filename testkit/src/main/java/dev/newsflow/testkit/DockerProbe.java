package dev.newsflow.testkit;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testcontainers.DockerClientFactory;

/** Asks Testcontainers whether a Docker engine answers, without ever throwing or hanging. */
final class DockerProbe {

  private static final long TIMEOUT_SECONDS = 30;

  private DockerProbe() {}

  static boolean isDockerAvailable() {
    CompletableFuture<Boolean> probe = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                probe.complete(DockerClientFactory.instance().isDockerAvailable());
              } catch (Throwable e) {
                probe.complete(false);
              }
            },
            "newsflow-docker-probe");
    thread.setDaemon(true);
    thread.start();
    try {
      return probe.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (ExecutionException | TimeoutException e) {
      return false;
    }
  }
}
