package dev.newsflow.enrich.bench;

import dev.newsflow.events.Article;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * Stanford CoreNLP's own quote pipeline ({@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote}
 * with its default models), the reference the benchmark compares the enrichment against.
 */
final class CoreNlpQuotePipeline {

  /** The annotators of CoreNLP's quote extraction and attribution. */
  static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

  private final StanfordCoreNLP pipeline;

  CoreNlpQuotePipeline() {
    Properties properties = new Properties();
    properties.setProperty("annotators", ANNOTATORS);
    properties.setProperty("tokenize.language", "en");
    properties.setProperty("ssplit.newlineIsSentenceBreak", "two");
    this.pipeline = new StanfordCoreNLP(properties);
  }

  /** Annotates the article's title and body as one document; returns the quotes found. */
  int quotes(Article article) {
    Annotation annotation = new Annotation(article.title() + "\n\n" + article.body());
    pipeline.annotate(annotation);
    var quotes = annotation.get(edu.stanford.nlp.ling.CoreAnnotations.QuotationsAnnotation.class);
    return quotes == null ? 0 : quotes.size();
  }
}
