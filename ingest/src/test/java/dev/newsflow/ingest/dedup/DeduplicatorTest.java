package dev.newsflow.ingest.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.events.Article;
import dev.newsflow.events.ArticleIds;
import dev.newsflow.ingest.SampleTexts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeduplicatorTest {

  private static final String BODY = SampleTexts.HARBOUR;

  @TempDir Path dir;

  private static Article article(String id, String url, String title, String body) {
    String articleId = id != null ? id : ArticleIds.idFor(url, title, body);
    return new Article(1, articleId, url, "test", title, body, null, null, Instant.EPOCH, "hash");
  }

  @Test
  void shouldSkipTheSameTextUnderAnotherExplicitId() {
    Deduplicator dedup = Deduplicator.inMemory();

    Verdict first = dedup.claim(Fingerprint.of(article("bbc-1", null, "Harbour", BODY)));
    Verdict copy = dedup.claim(Fingerprint.of(article("bbc-2", null, "Harbour", BODY + "\n")));

    assertThat(first.kind()).isEqualTo(Verdict.Kind.NEW);
    assertThat(copy).isEqualTo(new Verdict(Verdict.Kind.DUPLICATE, "bbc-1", "same text"));
  }

  @Test
  void shouldSkipTheSameCanonicalUrl() {
    Deduplicator dedup = Deduplicator.inMemory();
    dedup.claim(Fingerprint.of(article("wire-1", "https://example.org/a", "A", BODY)));

    Verdict again =
        dedup.claim(
            Fingerprint.of(article("wire-2", "https://EXAMPLE.org/a/?utm_source=x", "B", "x")));

    assertThat(again.kind()).isEqualTo(Verdict.Kind.DUPLICATE);
    assertThat(again.reason()).isEqualTo("same canonical URL");
    assertThat(dedup.knowsUrl("https://example.org/a")).isTrue();
  }

  @Test
  void shouldMarkASyndicatedCopyWithSmallEditsAsANearDuplicate() {
    Deduplicator dedup = Deduplicator.inMemory();
    dedup.claim(Fingerprint.of(article("a-1", null, "Harbour reopens", BODY)));

    Verdict copy =
        dedup.claim(
            Fingerprint.of(
                article(
                    "b-1", null, "Harbour reopens", BODY.replace("Tuesday", "Tuesday morning"))));
    Verdict edited =
        dedup.claim(
            Fingerprint.of(
                article(
                    "c-1",
                    null,
                    "Harbour Reopens",
                    BODY.replace("The mayor said", "The mayor told reporters"))));

    assertThat(copy.kind()).isEqualTo(Verdict.Kind.NEAR_DUPLICATE);
    assertThat(copy.duplicateOf()).isEqualTo("a-1");
    assertThat(edited.kind()).isEqualTo(Verdict.Kind.NEAR_DUPLICATE);
  }

  @Test
  void shouldRememberConfirmedArticlesAcrossRunsAndForgetUnconfirmedOnes() throws IOException {
    Deduplicator first = Deduplicator.persistent(dir);
    Fingerprint published = Fingerprint.of(article("a-1", null, "Published", BODY));
    Fingerprint lost = Fingerprint.of(article("a-2", null, "Lost", "Never acknowledged."));
    first.claim(published);
    first.claim(lost);
    first.confirm(List.of(published));

    Deduplicator second = Deduplicator.persistent(dir);

    assertThat(second.size()).isEqualTo(1);
    assertThat(second.claim(published).kind()).isEqualTo(Verdict.Kind.DUPLICATE);
    assertThat(second.claim(lost).kind()).isEqualTo(Verdict.Kind.NEW);
  }

  @Test
  void shouldIgnoreALineCutShortByACrash() throws IOException {
    Deduplicator first = Deduplicator.persistent(dir);
    Fingerprint published = Fingerprint.of(article("a-1", null, "Published", BODY));
    first.confirm(List.of(published));
    Files.writeString(
        dir.resolve(SeenStore.FILE_NAME),
        "a-2\tabc",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);

    assertThat(Deduplicator.persistent(dir).size()).isEqualTo(1);
  }
}
