package dev.newsflow.ingest.watch;

import dev.newsflow.ingest.IngestResult;
import dev.newsflow.ingest.IngestSession;
import dev.newsflow.ingest.PublishFailure;
import dev.newsflow.ingest.Rejection;
import dev.newsflow.ingest.source.InputReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the files dropped into a folder. Each file is first moved to {@code processing/}, then
 * published and flushed, then moved to {@code done/} or {@code failed/}; a file left in {@code
 * processing/} by a crash is published again on the next scan, and duplicates of what was already
 * acknowledged are skipped, so nothing is lost or published twice. Hidden files (such as {@code
 * .name.tmp} being written) and files changed within the settle time are left alone.
 */
public final class FolderWatcher {

  /** Sub-folder for the file being published. */
  public static final String PROCESSING = "processing";

  /** Sub-folder for files fully published. */
  public static final String DONE = "done";

  /** Sub-folder for files with rejected input, each with a {@code .error} file. */
  public static final String FAILED = "failed";

  private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);

  private final Path inbox;
  private final Duration settle;

  /**
   * Creates a watcher, creating its sub-folders.
   *
   * @param settle how long a file must be unchanged before it is taken
   * @throws UncheckedIOException when the folders cannot be created
   */
  public FolderWatcher(Path inbox, Duration settle) {
    this.inbox = inbox;
    this.settle = settle;
    try {
      for (String folder : List.of(PROCESSING, DONE, FAILED)) {
        Files.createDirectories(inbox.resolve(folder));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the folders of " + inbox, e);
    }
  }

  /** Publishes what a crash left in {@code processing/}, then every settled file in the folder. */
  public List<FileOutcome> scan(IngestSession session) throws IOException {
    List<FileOutcome> outcomes = new ArrayList<>();
    for (Path file : files(inbox.resolve(PROCESSING), Duration.ZERO)) {
      LOG.info("Recovering {} left by an interrupted run", file);
      outcomes.add(publish(file, session));
    }
    for (Path file : files(inbox, settle)) {
      Path processing =
          Files.move(
              file,
              inbox.resolve(PROCESSING).resolve(file.getFileName()),
              StandardCopyOption.ATOMIC_MOVE,
              StandardCopyOption.REPLACE_EXISTING);
      outcomes.add(publish(processing, session));
    }
    return outcomes;
  }

  private List<Path> files(Path folder, Duration minAge) throws IOException {
    Instant settledBefore = Instant.now().minus(minAge);
    try (Stream<Path> entries = Files.list(folder)) {
      List<Path> files = new ArrayList<>();
      for (Path path : entries.sorted().toList()) {
        if (Files.isRegularFile(path)
            && !path.getFileName().toString().startsWith(".")
            && !Files.getLastModifiedTime(path).toInstant().isAfter(settledBefore)) {
          files.add(path);
        }
      }
      return files;
    }
  }

  private FileOutcome publish(Path file, IngestSession session) throws IOException {
    new InputReader(InputStream.nullInputStream()).read(List.of(file.toString()), session);
    IngestResult result = session.flush();
    int published = result.publishedIds().size();
    if (!result.failures().isEmpty()) {
      Path back = moveTo(file, inbox);
      String detail =
          result.failures().stream()
              .map(PublishFailure::reason)
              .distinct()
              .collect(Collectors.joining("\n"));
      LOG.warn("Not all of {} was published, will retry: {}", back, detail);
      return new FileOutcome(back, FileOutcome.Status.RETRY, published, detail);
    }
    if (!result.rejections().isEmpty()) {
      Path failed = moveTo(file, inbox.resolve(FAILED));
      String detail =
          result.rejections().stream()
              .map(r -> describe(r, file, failed))
              .collect(Collectors.joining("\n"));
      Files.writeString(
          failed.resolveSibling(failed.getFileName() + ".error"),
          detail + "\n(published from this file: " + published + ")\n",
          StandardCharsets.UTF_8);
      LOG.warn("Rejected input in {}:\n{}", failed, detail);
      return new FileOutcome(failed, FileOutcome.Status.FAILED, published, detail);
    }
    Path done = moveTo(file, inbox.resolve(DONE));
    LOG.info("Published {} article(s) from {}", published, done);
    return new FileOutcome(done, FileOutcome.Status.DONE, published, "");
  }

  private static String describe(Rejection rejection, Path processing, Path finalPlace) {
    String origin = rejection.origin();
    if (origin.startsWith(processing.toString())) {
      origin = finalPlace.getFileName() + origin.substring(processing.toString().length());
    }
    return origin + ": " + rejection.reason();
  }

  private static Path moveTo(Path file, Path folder) throws IOException {
    String name = file.getFileName().toString();
    Path target = folder.resolve(name);
    for (int n = 1; Files.exists(target); n++) {
      int dot = name.lastIndexOf('.');
      target =
          folder.resolve(
              dot <= 0 ? name + "-" + n : name.substring(0, dot) + "-" + n + name.substring(dot));
    }
    return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
  }
}
