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
 * Appends enriched articles to JSON Lines files rotated by UTC day and size: {@code
 * enriched-2026-11-29.jsonl}, then {@code enriched-2026-11-29.1.jsonl}, {@code .2.jsonl}, ... once
 * a file would grow past the size limit. Each line is flushed before {@link #write} returns; a
 * restarted exporter appends to the newest file of the day. Safe for several threads.
 */
public final class DailyJsonlExporter implements AutoCloseable {

  /** No size limit: one file per day. */
  public static final long UNLIMITED = Long.MAX_VALUE;

  private static final JsonSerde<EnrichedArticle> SERDE = JsonSerde.of(EnrichedArticle.class);

  private final Path folder;
  private final long maxBytes;
  private LocalDate day;
  private int part;
  private long written;
  private OutputStream out;

  /** Creates an exporter with one file per day; the folder is created when missing. */
  public DailyJsonlExporter(Path folder) {
    this(folder, UNLIMITED);
  }

  /**
   * Creates the exporter; the folder is created when missing.
   *
   * @param folder where the files go
   * @param maxBytes size after which a new file of the same day is started (a single larger line
   *     still gets a file of its own)
   * @throws UncheckedIOException when the folder cannot be created
   */
  public DailyJsonlExporter(Path folder, long maxBytes) {
    if (maxBytes < 1) {
      throw new IllegalArgumentException("Export size limit must be positive: " + maxBytes);
    }
    this.folder = folder;
    this.maxBytes = maxBytes;
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create export folder " + folder, e);
    }
  }

  /** Returns the first file that holds the given day's articles. */
  public Path fileFor(LocalDate date) {
    return fileFor(date, 0);
  }

  /** Returns the {@code part}-th file of the day: part 0 has no number, then 1, 2, ... */
  public Path fileFor(LocalDate date, int part) {
    return folder.resolve("enriched-" + date + (part == 0 ? "" : "." + part) + ".jsonl");
  }

  /**
   * Appends one article to the current file of the day of {@code timestamp} (UTC).
   *
   * @throws UncheckedIOException when the file cannot be written
   */
  public synchronized void write(EnrichedArticle article, Instant timestamp) {
    LocalDate date = LocalDate.ofInstant(timestamp, ZoneOffset.UTC);
    byte[] line = SERDE.toBytes(article);
    try {
      if (!date.equals(day)) {
        closeCurrent();
        openNewest(date);
      }
      if (written > 0 && written + line.length + 1 > maxBytes) {
        closeCurrent();
        day = date;
        part++;
        open();
      }
      out.write(line);
      out.write('\n');
      out.flush();
      written += line.length + 1;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write to " + fileFor(date, part), e);
    }
  }

  private void openNewest(LocalDate date) throws IOException {
    int newest = 0;
    while (Files.exists(fileFor(date, newest + 1))) {
      newest++;
    }
    day = date;
    part = newest;
    open();
  }

  private void open() throws IOException {
    Path file = fileFor(day, part);
    written = Files.exists(file) ? Files.size(file) : 0;
    out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
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
