package dev.newsflow.enrich.article;

import dev.newsflow.enrich.nlp.Analysis;
import dev.newsflow.enrich.nlp.ArticleAnalyzer;
import dev.newsflow.events.Article;
import dev.newsflow.events.EnrichedArticle;
import dev.newsflow.events.Enrichment;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Enriches one article with the NLP core: plain Java in and out, used by the stream and by the
 * offline {@code enrich-file} command alike.
 */
public final class ArticleEnricher {

  /** The language the NLP core's models are for; articles without a language are analysed. */
  private static final String SUPPORTED_LANGUAGE = "en";

  private final ArticleAnalyzer analyzer;
  private final Clock clock;

  /**
   * Creates an enricher.
   *
   * @param analyzer the NLP core
   * @param clock source of {@code enrichment.processedAt}
   */
  public ArticleEnricher(ArticleAnalyzer analyzer, Clock clock) {
    this.analyzer = analyzer;
    this.clock = clock;
  }

  /**
   * Returns the article with its entities and quotes; an article in a language the NLP core does
   * not analyse comes back with none and {@code enrichment.skipped} saying why, rather than with
   * English-model guesses.
   */
  public EnrichedArticle enrich(Article article) {
    String language = article.language();
    if (language != null && !language.isBlank() && !SUPPORTED_LANGUAGE.equals(primary(language))) {
      return EnrichedArticle.of(
          article,
          List.of(),
          List.of(),
          new Enrichment(
              analyzer.engine(),
              analyzer.version(),
              clock.instant(),
              "language '" + language + "' is not analysed (supported: en)"));
    }
    String title = article.title() == null ? "" : article.title();
    Analysis analysis = analyzer.analyze(title, article.body());
    return EnrichedArticle.of(
        article,
        analysis.entities(),
        analysis.quotes(),
        new Enrichment(analyzer.engine(), analyzer.version(), clock.instant()));
  }

  private static String primary(String language) {
    int dash = language.indexOf('-');
    return (dash < 0 ? language : language.substring(0, dash)).toLowerCase(Locale.ROOT);
  }
}
