package dev.newsflow.ingest;

import java.util.List;

/**
 * What one ingest run did, in input order.
 *
 * @param publishedIds ids of the articles the broker acknowledged (near duplicates included)
 * @param rejections inputs that did not become articles
 * @param failures valid articles that could not be published
 * @param duplicates exact duplicates of articles seen before, not published again
 * @param nearDuplicates published articles that copy an earlier one with small edits
 */
public record IngestResult(
    List<String> publishedIds,
    List<Rejection> rejections,
    List<PublishFailure> failures,
    List<Duplicate> duplicates,
    List<Duplicate> nearDuplicates) {

  /** Copies the lists, so a result never changes. */
  public IngestResult {
    publishedIds = List.copyOf(publishedIds);
    rejections = List.copyOf(rejections);
    failures = List.copyOf(failures);
    duplicates = List.copyOf(duplicates);
    nearDuplicates = List.copyOf(nearDuplicates);
  }

  /** A result without duplicates. */
  public IngestResult(
      List<String> publishedIds, List<Rejection> rejections, List<PublishFailure> failures) {
    this(publishedIds, rejections, failures, List.of(), List.of());
  }

  /** True when every input was published or was a duplicate of a published article. */
  public boolean complete() {
    return rejections.isEmpty() && failures.isEmpty();
  }
}
