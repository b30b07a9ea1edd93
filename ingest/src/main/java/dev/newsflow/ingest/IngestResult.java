package dev.newsflow.ingest;

import java.util.List;

/**
 * What one ingest run did, in input order.
 *
 * @param publishedIds ids of the articles the broker acknowledged
 * @param rejections inputs that did not become articles
 * @param failures valid articles that could not be published
 */
public record IngestResult(
    List<String> publishedIds, List<Rejection> rejections, List<PublishFailure> failures) {

  /** Copies the lists, so a result never changes. */
  public IngestResult {
    publishedIds = List.copyOf(publishedIds);
    rejections = List.copyOf(rejections);
    failures = List.copyOf(failures);
  }

  /** True when every input was published. */
  public boolean complete() {
    return rejections.isEmpty() && failures.isEmpty();
  }
}
