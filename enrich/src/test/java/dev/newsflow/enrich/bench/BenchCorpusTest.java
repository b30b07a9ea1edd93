package dev.newsflow.enrich.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.events.Article;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchCorpusTest {

  private static final String CORPUS =
      """
      {"id":"a","category":"tech","title":"Kettles rise","text":"Kettle sales rose."}

      {"id":"b","title":"Bridge opens","body":"The bridge opened on Monday."}
      {"id":"c","title":"Third","text":"Never read with a limit of two."}
      """;

  @Test
  void readsTextOrBodySkippingBlankLinesUpToTheLimit() {
    List<Article> articles = BenchCorpus.read(new StringReader(CORPUS), 2);

    assertThat(articles).extracting(Article::id).containsExactly("a", "b");
    assertThat(articles)
        .extracting(Article::body)
        .containsExactly("Kettle sales rose.", "The bridge opened on Monday.");
  }

  @Test
  void readsEveryArticleWhenTheLimitIsZero() {
    assertThat(BenchCorpus.read(new StringReader(CORPUS), 0)).hasSize(3);
  }

  @Test
  void countsWordsAndPunctuationOfTitleAndBody() {
    Article article = BenchCorpus.read(new StringReader(CORPUS), 1).get(0);

    assertThat(BenchCorpus.tokens(article)).isEqualTo(2 + 4);
  }
}
