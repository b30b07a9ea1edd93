package dev.newsflow.local.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A newsflow command ({@code broker}, {@code ingest}, {@code enrich}, {@code sink}) in a JVM of its
 * own, started from the test's class path, so a test can kill it with SIGKILL like a crashed
 * machine would and start it again with the same arguments.
 */
final class ServiceProcess implements AutoCloseable {

  /** The exit status of a JVM killed by SIGKILL (128 + 9). */
  static final int KILLED = 137;

  /** The exit status of a JVM stopped by SIGTERM (128 + 15). */
  static final int TERMINATED = 143;

  private static final int LOG_TAIL_LINES = 40;

  private final Process process;
  private final Path log;
  private final long logStart;
  private final String[] args;

  private ServiceProcess(Process process, Path log, long logStart, String[] args) {
    this.process = process;
    this.log = log;
    this.logStart = logStart;
    this.args = args;
  }

  /**
   * Starts {@code newsflow <args>} with output appended to {@code log}.
   *
   * @param log file for the process's stdout and stderr
   * @param args the subcommand and its options
   */
  static ServiceProcess start(Path log, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx1g");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("dev.newsflow.local.Newsflow");
    command.addAll(List.of(args));
    long logStart = Files.exists(log) ? Files.size(log) : 0;
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    return new ServiceProcess(process, log, logStart, args.clone());
  }

  /** Starts the same command again, appending to the same log. */
  ServiceProcess restart() throws IOException {
    assertThat(process.isAlive()).as("the previous process is still running").isFalse();
    return start(log, args);
  }

  /** Kills the process with SIGKILL, so no shutdown hook runs, and checks that it is gone. */
  void killHard() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("process " + process.pid() + " survived SIGKILL");
    }
    assertThat(process.exitValue()).as("exit status of a JVM killed by SIGKILL").isEqualTo(KILLED);
    assertThat(ProcessHandle.of(process.pid()).filter(ProcessHandle::isAlive))
        .as("process " + process.pid() + " after SIGKILL")
        .isEmpty();
  }

  /** Sends SIGTERM and returns the exit status once the process has stopped. */
  int terminate(Duration timeout) throws InterruptedException {
    process.destroy();
    return awaitExit(timeout);
  }

  /**
   * Waits until the process exits and returns its exit status.
   *
   * @throws AssertionError with the end of the log when it still runs after {@code timeout}
   */
  int awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError(
          "newsflow " + args[0] + " still running after " + timeout + "; log:\n" + logTail());
    }
    return process.exitValue();
  }

  /**
   * Waits until this process has written a line starting with {@code prefix} and returns it, or
   * empty when the process exited without writing it.
   *
   * @throws AssertionError with the end of the log when neither happened within {@code timeout}
   */
  Optional<String> awaitLine(String prefix, Duration timeout) {
    try {
      await("newsflow " + args[0] + " writes '" + prefix + "' or exits")
          .atMost(timeout)
          .pollInterval(Duration.ofMillis(50))
          .until(() -> line(prefix).isPresent() || !process.isAlive());
    } catch (ConditionTimeoutException e) {
      throw new AssertionError(e.getMessage() + "; log:\n" + logTail(), e);
    }
    return line(prefix);
  }

  /** Runs a wait, adding whether the process runs and its last output to its failure. */
  <T> T describeOnFailure(Supplier<T> wait) {
    try {
      return wait.get();
    } catch (AssertionError | ConditionTimeoutException e) {
      throw new AssertionError(
          e.getMessage() + "\nalive: " + process.isAlive() + "; log:\n" + logTail(), e);
    }
  }

  /** Whether the process is still running. */
  boolean isAlive() {
    return process.isAlive();
  }

  /** The last lines of the log, for failure messages. */
  String logTail() {
    List<String> lines = lines();
    return String.join(
        "\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
  }

  private Optional<String> line(String prefix) {
    return lines().stream().filter(l -> l.startsWith(prefix)).findFirst();
  }

  /** The lines this process wrote (not those of earlier processes sharing the log). */
  private List<String> lines() {
    try {
      byte[] all = Files.readAllBytes(log);
      int from = (int) Math.min(logStart, all.length);
      return new String(all, from, all.length - from, StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      return List.of("(no log: " + e.getMessage() + ")");
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        killHard();
      }
    }
  }
}
