package dev.newsflow.enrich.article;

import dev.newsflow.enrich.nlp.Analysis;
import dev.newsflow.enrich.nlp.ArticleAnalyzer;
import dev.newsflow.events.Article;
import dev.newsflow.events.EnrichedArticle;
import dev.newsflow.events.Enrichment;
import java.time.Clock;

/**
 * Enriches one article with the NLP core: plain Java in and out, used by the stream and by the
 * offline {@code enrich-file} command alike.
 */
public final class ArticleEnricher {

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

  /** Returns the article with its entities and quotes. */
  public EnrichedArticle enrich(Article article) {
    String title = article.title() == null ? "" : article.title();
    Analysis analysis = analyzer.analyze(title, article.body());
    return EnrichedArticle.of(
        article,
        analysis.entities(),
        analysis.quotes(),
        new Enrichment(analyzer.engine(), analyzer.version(), clock.instant()));
  }
}
