package dev.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedWorkersTest {

  private final List<String> received = new ArrayList<>();

  @Test
  void shouldHandResultsOnInSubmissionOrderWhenTheFirstFinishesLast() {
    CountDownLatch lastDone = new CountDownLatch(1);
    try (OrderedWorkers<String> workers = new OrderedWorkers<>(2, received::add)) {
      workers.submit(() -> awaitThen(lastDone, "first"));
      workers.submitDone("ready at once");
      for (int i = 0; i < 10; i++) {
        String name = "task " + i;
        workers.submit(() -> name);
      }
      workers.submit(
          () -> {
            lastDone.countDown();
            return "last";
          });
      workers.finish();
    }

    List<String> expected = new ArrayList<>(List.of("first", "ready at once"));
    IntStream.range(0, 10).forEach(i -> expected.add("task " + i));
    expected.add("last");
    assertThat(received).isEqualTo(expected);
  }

  @Test
  void shouldComputeOnTheSubmittingThreadWithOneThread() {
    Thread caller = Thread.currentThread();
    try (OrderedWorkers<String> workers = new OrderedWorkers<>(1, received::add)) {
      workers.submit(() -> Thread.currentThread() == caller ? "caller" : "other");
      assertThat(received).containsExactly("caller");
    }
  }

  @Test
  void shouldHoldReadyResultsBehindAnUnfinishedOneUpToTheWindow() {
    CountDownLatch release = new CountDownLatch(1);
    int window = 2 * OrderedWorkers.WINDOW_PER_THREAD;
    try (OrderedWorkers<String> workers = new OrderedWorkers<>(2, received::add)) {
      workers.submit(() -> awaitThen(release, "slow"));
      for (int i = 1; i < window; i++) {
        workers.submitDone("ready " + i);
      }
      assertThat(received).isEmpty();

      release.countDown();
      workers.submitDone("one over the window");

      assertThat(received).hasSizeGreaterThanOrEqualTo(1).startsWith("slow");
      workers.finish();
    }
    assertThat(received).hasSize(window + 1).endsWith("one over the window");
  }

  @Test
  void shouldRethrowWhatATaskThrewOnTheSubmittingThread() {
    try (OrderedWorkers<String> workers = new OrderedWorkers<>(2, received::add)) {
      // submit() passes on results already done, so it may be submit or finish that throws
      assertThatThrownBy(
              () -> {
                workers.submit(
                    () -> {
                      throw new IllegalArgumentException("bad input");
                    });
                workers.finish();
              })
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("bad input");
    }
  }

  private static String awaitThen(CountDownLatch latch, String result) {
    try {
      if (!latch.await(1, TimeUnit.MINUTES)) {
        throw new IllegalStateException("latch not released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return result;
  }
}
