package dev.newsflow.local;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns SIGTERM or Ctrl-C into a stop request a long-running command waits for, and holds the JVM's
 * exit until the command has closed what it runs (at most a minute).
 */
public final class StopSignal implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(StopSignal.class);
  private static final Duration GRACE = Duration.ofSeconds(60);

  private final CountDownLatch requested = new CountDownLatch(1);
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final Thread hook = new Thread(this::stopFromSignal, "newsflow-shutdown");

  private StopSignal() {}

  /** Listens for the JVM's shutdown from now until {@link #close()}. */
  public static StopSignal install() {
    StopSignal signal = new StopSignal();
    Runtime.getRuntime().addShutdownHook(signal.hook);
    return signal;
  }

  /** Whether SIGTERM or Ctrl-C asked the command to stop. */
  public boolean requested() {
    return requested.getCount() == 0;
  }

  /** Waits until SIGTERM or Ctrl-C asks the command to stop. */
  public void await() throws InterruptedException {
    requested.await();
  }

  /** Says the command has stopped, letting a pending JVM exit go on. */
  @Override
  public void close() {
    stopped.countDown();
    if (!requested()) {
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // The JVM is already exiting; the hook is running or done.
      }
    }
  }

  private void stopFromSignal() {
    requested.countDown();
    try {
      if (!stopped.await(GRACE.toSeconds(), TimeUnit.SECONDS)) {
        LOG.warn("Shutdown took longer than {} s; exiting anyway", GRACE.toSeconds());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
