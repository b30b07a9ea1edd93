package dev.newsflow.enrich.ops;

import dev.newsflow.enrich.nlp.Analysis;
import dev.newsflow.enrich.nlp.ArticleAnalyzer;
import java.util.List;

/** Finds nothing, fast; throws on the word "explode" like a failing NLP library. */
final class StubAnalyzer implements ArticleAnalyzer {

  @Override
  public Analysis analyze(String title, String body) {
    if (body.contains("explode")) {
      throw new IllegalStateException("analyzer failed on purpose");
    }
    return new Analysis(List.of(), List.of());
  }

  @Override
  public String engine() {
    return "stub";
  }

  @Override
  public String version() {
    return "1";
  }
}
