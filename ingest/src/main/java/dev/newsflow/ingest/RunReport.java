package dev.newsflow.ingest;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Prints what a run did to stderr (ids to stdout when asked) and turns it into an exit code. */
final class RunReport {

  private RunReport() {}

  /** Prints rejections, failures and the one-line summary. */
  static void print(IngestResult result, boolean printIds, PrintWriter out, PrintWriter err) {
    if (printIds) {
      result.publishedIds().forEach(out::println);
    }
    for (Rejection rejection : result.rejections()) {
      err.println("rejected: " + rejection.origin() + ": " + rejection.reason());
    }
    for (PublishFailure failure : result.failures()) {
      err.println(
          "failed: " + failure.origin() + " (" + failure.articleId() + "): " + failure.reason());
    }
    err.println(summary(result));
    out.flush();
    err.flush();
  }

  /** The summary line. */
  static String summary(IngestResult result) {
    return "ingest: published "
        + result.publishedIds().size()
        + (result.nearDuplicates().isEmpty()
            ? ""
            : " (" + result.nearDuplicates().size() + " near-duplicates)")
        + ", duplicates "
        + result.duplicates().size()
        + ", rejected "
        + result.rejections().size()
        + (result.failures().isEmpty() ? "" : ", failed " + result.failures().size());
  }

  /** 0 when all was published or already seen, 3 when some could not be published, else 1. */
  static int exitCode(IngestResult result) {
    if (!result.failures().isEmpty()) {
      return IngestCommand.EXIT_UNPUBLISHED;
    }
    return result.rejections().isEmpty() ? CommandLine.ExitCode.OK : IngestCommand.EXIT_REJECTED;
  }
}
