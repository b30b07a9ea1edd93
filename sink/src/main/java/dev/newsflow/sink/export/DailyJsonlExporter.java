package dev.newsflow.sink.export;

import dev.newsflow.events.EnrichedArticle;
import dev.newsflow.events.JsonSerde;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Appends enriched articles to one JSON Lines file per UTC day ({@code enriched-2026-11-29.jsonl})
 * in a folder; each line is flushed before {@link #write} returns. Safe for several threads.
 */
public final class DailyJsonlExporter implements AutoCloseable {

  private static final JsonSerde<EnrichedArticle> SERDE = JsonSerde.of(EnrichedArticle.class);

  private final Path folder;
  private LocalDate day;
  private OutputStream out;

  /**
   * Creates the exporter; the folder is created when missing.
   *
   * @throws UncheckedIOException when the folder cannot be created
   */
  public DailyJsonlExporter(Path folder) {
    this.folder = folder;
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create export folder " + folder, e);
    }
  }

  /** Returns the file that holds the given day's articles. */
  public Path fileFor(LocalDate date) {
    return folder.resolve("enriched-" + date + ".jsonl");
  }

  /**
   * Appends one article to the file of the day of {@code timestamp} (UTC).
   *
   * @throws UncheckedIOException when the file cannot be written
   */
  public synchronized void write(EnrichedArticle article, Instant timestamp) {
    LocalDate date = LocalDate.ofInstant(timestamp, ZoneOffset.UTC);
    try {
      if (!date.equals(day)) {
        closeCurrent();
        out =
            Files.newOutputStream(
                fileFor(date), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        day = date;
      }
      out.write(SERDE.toBytes(article));
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write to " + fileFor(date), e);
    }
  }

  private void closeCurrent() throws IOException {
    if (out != null) {
      out.close();
      out = null;
      day = null;
    }
  }

  @Override
  public synchronized void close() {
    try {
      closeCurrent();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot close export file in " + folder, e);
    }
  }
}
