package dev.newsflow.ingest;

import dev.newsflow.ingest.source.Candidate;
import dev.newsflow.ingest.source.CandidateSink;

/**
 * Passes copy number {@code copy} of every input on to a sink as a distinct article, for {@code
 * ingest bench --copies}: copy 1 unchanged; copy k &gt; 1 with {@code -copyK} appended to an
 * explicit id, a {@code newsflow-copy=K} query parameter added to the URL, {@code " (K)"} appended
 * to the title and {@code #copyK} to the origin. So no id, canonical URL or exact text repeats;
 * deduplication marks copy k as a near duplicate of copy 1 (the texts differ in one title word) and
 * it is published, like a syndicated rewrite.
 */
final class RekeyedCopy implements CandidateSink {

  private final CandidateSink target;
  private final int copy;

  RekeyedCopy(CandidateSink target, int copy) {
    if (copy < 1) {
      throw new IllegalArgumentException("copy must be at least 1, was " + copy);
    }
    this.target = target;
    this.copy = copy;
  }

  @Override
  public void accept(Candidate c) {
    if (copy == 1) {
      target.accept(c);
      return;
    }
    target.accept(
        new Candidate(
            c.origin() + "#copy" + copy,
            c.id() == null ? null : c.id() + "-copy" + copy,
            c.url() == null ? null : withCopyParameter(c.url()),
            c.source(),
            c.title() + " (" + copy + ")",
            c.body(),
            c.language(),
            c.publishedAt(),
            c.authors()));
  }

  @Override
  public void reject(String origin, String reason) {
    target.reject(copy == 1 ? origin : origin + "#copy" + copy, reason);
  }

  private String withCopyParameter(String url) {
    int fragment = url.indexOf('#');
    String base = fragment < 0 ? url : url.substring(0, fragment);
    String rest = fragment < 0 ? "" : url.substring(fragment);
    return base + (base.contains("?") ? "&" : "?") + "newsflow-copy=" + copy + rest;
  }
}
