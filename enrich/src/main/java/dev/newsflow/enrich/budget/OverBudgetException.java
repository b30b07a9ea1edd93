package dev.newsflow.enrich.budget;

/**
 * An article whose analysis would exceed its budget; the enrich processor dead-letters it with
 * error kind {@code processing}.
 */
public final class OverBudgetException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message which budget was exceeded and by how much
   */
  public OverBudgetException(String message) {
    super(message);
  }
}
