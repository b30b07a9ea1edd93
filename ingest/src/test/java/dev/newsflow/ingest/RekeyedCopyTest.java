package dev.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.ingest.dedup.Fingerprint;
import dev.newsflow.ingest.source.Candidate;
import dev.newsflow.ingest.source.CollectingSink;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RekeyedCopyTest {

  private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

  private final CollectingSink target = new CollectingSink();
  private final List<Candidate> accepted = target.candidates;
  private final List<String> rejected = target.rejections;

  private static Candidate article(String id, String url) {
    return new Candidate(
        "in.jsonl:1", id, url, "bbc", "Harbour reopens", "The terminal reopened.", null, null);
  }

  @Test
  void shouldPassTheFirstCopyOnUnchanged() {
    Candidate original = article("a1", "https://example.com/news/1");

    new RekeyedCopy(target, 1).accept(original);

    assertThat(accepted).containsExactly(original);
  }

  @Test
  void shouldGiveLaterCopiesTheirOwnIdUrlAndExactText() {
    Candidate original = article("a1", "https://example.com/news/1?page=2#top");

    new RekeyedCopy(target, 3).accept(original);

    Candidate copy = accepted.get(0);
    assertThat(copy.origin()).isEqualTo("in.jsonl:1#copy3");
    assertThat(copy.id()).isEqualTo("a1-copy3");
    assertThat(copy.url()).isEqualTo("https://example.com/news/1?page=2&newsflow-copy=3#top");
    assertThat(copy.title()).isEqualTo("Harbour reopens (3)");
    assertThat(copy.body()).isEqualTo(original.body());
    Fingerprint first = Fingerprint.of(original.toArticle(NOW));
    Fingerprint third = Fingerprint.of(copy.toArticle(NOW));
    assertThat(third.id()).isNotEqualTo(first.id());
    assertThat(third.urlKey()).isNotEqualTo(first.urlKey());
    assertThat(third.exactText()).isNotEqualTo(first.exactText());
  }

  @Test
  void shouldGiveACopyWithoutIdOrUrlItsOwnContentId() {
    Candidate original = article(null, null);

    new RekeyedCopy(target, 2).accept(original);

    assertThat(accepted.get(0).url()).isNull();
    assertThat(accepted.get(0).toArticle(NOW).id()).isNotEqualTo(original.toArticle(NOW).id());
  }

  @Test
  void shouldNameTheCopyOfARejectedInput() {
    new RekeyedCopy(target, 2).reject("in.jsonl:4", "empty body");

    assertThat(rejected).containsExactly("in.jsonl:4#copy2: empty body");
  }
}
