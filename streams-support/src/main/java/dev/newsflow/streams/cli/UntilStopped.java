package dev.newsflow.streams.cli;

import java.util.concurrent.CountDownLatch;

/** Keeps a started service running until the JVM is asked to stop (SIGTERM, Ctrl-C). */
public final class UntilStopped {

  private UntilStopped() {}

  /**
   * Runs {@code close} from a shutdown hook and blocks until it has run.
   *
   * @param close closes the running service
   * @param hookName name of the shutdown hook thread, e.g. {@code enrich-shutdown}
   */
  public static void await(Runnable close, String hookName) throws InterruptedException {
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    close.run();
                  } finally {
                    stopped.countDown();
                  }
                },
                hookName));
    stopped.await();
  }
}
