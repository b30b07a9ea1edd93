package dev.newsflow.ingest.source;

/** Receives what readers find, in input order: candidate articles and rejected inputs. */
public interface CandidateSink {

  /** Takes one candidate article. */
  void accept(Candidate candidate);

  /**
   * Takes an input that cannot become an article.
   *
   * @param origin the file, {@code file:line} or {@code stdin:line} at fault
   * @param reason what is wrong, for a person to fix
   */
  void reject(String origin, String reason);
}
