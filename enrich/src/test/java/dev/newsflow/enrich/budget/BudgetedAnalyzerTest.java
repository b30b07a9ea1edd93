package dev.newsflow.enrich.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.newsflow.enrich.nlp.Analysis;
import dev.newsflow.enrich.nlp.ArticleAnalyzer;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BudgetedAnalyzerTest {

  private static final Analysis EMPTY = new Analysis(List.of(), List.of());

  /** Hangs on a body of "hang" until released; answers any other body at once. */
  private final CountDownLatch release = new CountDownLatch(1);

  private final ArticleAnalyzer hangingOnCue =
      new ArticleAnalyzer() {
        @Override
        public Analysis analyze(String title, String body) {
          if ("hang".equals(body)) {
            awaitUninterruptibly();
          }
          if ("boom".equals(body)) {
            throw new IllegalStateException("tagger failed on boom");
          }
          return EMPTY;
        }

        @Override
        public String engine() {
          return "fake";
        }

        @Override
        public String version() {
          return "1";
        }
      };

  @AfterEach
  void releaseStuckWorkers() {
    release.countDown();
  }

  @Test
  void shouldGiveUpAnArticleThatRunsPastItsTimeAndAnalyseTheNextOne() {
    var analyzer = new BudgetedAnalyzer(hangingOnCue, budget(Duration.ofMillis(200), 2));

    long start = System.nanoTime();
    assertThatThrownBy(() -> analyzer.analyze("", "hang"))
        .isInstanceOf(OverBudgetException.class)
        .hasMessageContaining("200 ms");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));

    assertThat(analyzer.analyze("", "a good article")).isEqualTo(EMPTY);
    assertThat(analyzer.running()).isEqualTo(1);
  }

  @Test
  void shouldRefuseWorkOnceAllWorkersAreStuckAndRecoverWhenTheyEnd() {
    var analyzer = new BudgetedAnalyzer(hangingOnCue, budget(Duration.ofMillis(100), 1));

    assertThatThrownBy(() -> analyzer.analyze("", "hang")).isInstanceOf(OverBudgetException.class);
    assertThatThrownBy(() -> analyzer.analyze("", "a good article"))
        .isInstanceOf(OverBudgetException.class)
        .hasMessageContaining("busy");

    release.countDown();
    await("the stuck worker ends").until(() -> analyzer.running() == 0);
    assertThat(analyzer.analyze("", "a good article")).isEqualTo(EMPTY);
  }

  @Test
  void shouldRejectAnArticleOverTheSizeBudgetWithoutAnalysingIt() {
    var analyzer =
        new BudgetedAnalyzer(hangingOnCue, new AnalysisBudget(Duration.ofSeconds(1), 5, 1));

    assertThatThrownBy(() -> analyzer.analyze("ab", "hang"))
        .isInstanceOf(OverBudgetException.class)
        .hasMessageContaining("6 characters");
    assertThat(analyzer.running()).isZero();
  }

  @Test
  void shouldPassOnTheAnalyzersOwnFailureUnchanged() {
    var analyzer = new BudgetedAnalyzer(hangingOnCue, budget(Duration.ofSeconds(5), 1));

    assertThatThrownBy(() -> analyzer.analyze("", "boom"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("tagger failed on boom");
    assertThat(analyzer.running()).isZero();
    assertThat(analyzer.engine()).isEqualTo("fake");
  }

  @Test
  void shouldReadTheBudgetFromProperties() {
    var properties = new Properties();
    properties.setProperty(AnalysisBudget.TIMEOUT_PROPERTY, "250");
    properties.setProperty(AnalysisBudget.MAX_RUNNING_PROPERTY, "3");

    assertThat(AnalysisBudget.from(properties))
        .isEqualTo(new AnalysisBudget(Duration.ofMillis(250), 1_000_000, 3));
    properties.setProperty(AnalysisBudget.TIMEOUT_PROPERTY, "PT2S");
    assertThat(AnalysisBudget.from(properties).timeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(AnalysisBudget.from(new Properties())).isEqualTo(AnalysisBudget.DEFAULT);
  }

  private static AnalysisBudget budget(Duration timeout, int maxRunning) {
    return new AnalysisBudget(timeout, 1_000_000, maxRunning);
  }

  private void awaitUninterruptibly() {
    boolean interrupted = false;
    while (true) {
      try {
        release.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
