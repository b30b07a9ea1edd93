package dev.newsflow.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {

  @Test
  void sameUrlGivesSameIdWhateverTheTrackingParametersAndCase() {
    String a = ArticleIds.idFor("https://Example.com/news/1/?utm_source=x#top", "A", "one");
    String b = ArticleIds.idFor("https://example.com:443/news/1", "B", "two");

    assertThat(a).isEqualTo(b).startsWith("u-").hasSize(18);
  }

  @Test
  void withoutUrlTheIdFollowsTheNormalisedContent() {
    String a = ArticleIds.idFor(null, "Title", "Some  body\ntext.");
    String b = ArticleIds.idFor("", " title ", "some body text.");
    String c = ArticleIds.idFor(null, "Title", "Other body.");

    assertThat(a).isEqualTo(b).startsWith("c-");
    assertThat(c).isNotEqualTo(a);
  }

  @Test
  void differentPathsAreDifferentArticles() {
    assertThat(ArticleIds.idFor("https://example.com/a", "", "x"))
        .isNotEqualTo(ArticleIds.idFor("https://example.com/b", "", "x"));
  }
}
