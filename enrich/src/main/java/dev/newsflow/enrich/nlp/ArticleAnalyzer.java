package dev.newsflow.enrich.nlp;

/**
 * The NLP core seen from the outside: plain text in, entities and quotes out, no Kafka types.
 * Implementations are thread-safe, so one instance serves every stream thread.
 */
public interface ArticleAnalyzer {

  /**
   * Finds the entities and quotes of one article.
   *
   * @param title the headline, may be empty
   * @param body the article text, analysed exactly as given (offsets point into it)
   * @return entities (mentions in title and body) and quotes (offsets into the body)
   */
  Analysis analyze(String title, String body);

  /** Engine name written to {@code enrichment.engine}. */
  String engine();

  /** Engine version written to {@code enrichment.version}. */
  String version();
}
