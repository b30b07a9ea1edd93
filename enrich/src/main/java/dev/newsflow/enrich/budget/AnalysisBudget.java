package dev.newsflow.enrich.budget;

import java.time.Duration;
import java.util.Properties;

/**
 * How much work one article may cost the NLP core: wall-clock time, characters of title plus body,
 * and how many analyses may run at once, counting ones still running past their time.
 *
 * @param timeout the longest one analysis may take before the article is given up
 * @param maxChars the most characters (title plus body) an article may have to be analysed
 * @param maxRunning analyses that may run at once, including abandoned ones still running
 */
public record AnalysisBudget(Duration timeout, int maxChars, int maxRunning) {

  /** System property with the time budget: an ISO-8601 duration ({@code PT20S}) or milliseconds. */
  public static final String TIMEOUT_PROPERTY = "newsflow.enrich.budget.timeout";

  /** System property with the size budget in characters. */
  public static final String MAX_CHARS_PROPERTY = "newsflow.enrich.budget.max-chars";

  /** System property with the number of analyses that may run at once. */
  public static final String MAX_RUNNING_PROPERTY = "newsflow.enrich.budget.max-running";

  /**
   * The default: 20 s (well inside the 300 s of {@code max.poll.interval.ms}), 1,000,000 characters
   * (the decoder's body limit), 16 analyses at once.
   */
  public static final AnalysisBudget DEFAULT =
      new AnalysisBudget(Duration.ofSeconds(20), 1_000_000, 16);

  /** Checks the budget is usable. */
  public AnalysisBudget {
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive: " + timeout);
    }
    if (maxChars < 1 || maxRunning < 1) {
      throw new IllegalArgumentException(
          "maxChars and maxRunning must be positive: " + maxChars + ", " + maxRunning);
    }
  }

  /** The default budget with each value overridden by its system property when that is set. */
  public static AnalysisBudget fromSystemProperties() {
    return from(System.getProperties());
  }

  /**
   * The default budget with each value overridden by its property when that is set.
   *
   * @param properties {@link #TIMEOUT_PROPERTY}, {@link #MAX_CHARS_PROPERTY}, {@link
   *     #MAX_RUNNING_PROPERTY}
   */
  public static AnalysisBudget from(Properties properties) {
    String timeout = properties.getProperty(TIMEOUT_PROPERTY);
    String maxChars = properties.getProperty(MAX_CHARS_PROPERTY);
    String maxRunning = properties.getProperty(MAX_RUNNING_PROPERTY);
    return new AnalysisBudget(
        timeout == null ? DEFAULT.timeout() : duration(timeout.trim()),
        maxChars == null ? DEFAULT.maxChars() : Integer.parseInt(maxChars.trim()),
        maxRunning == null ? DEFAULT.maxRunning() : Integer.parseInt(maxRunning.trim()));
  }

  private static Duration duration(String text) {
    return text.startsWith("P") || text.startsWith("p")
        ? Duration.parse(text)
        : Duration.ofMillis(Long.parseLong(text));
  }
}
