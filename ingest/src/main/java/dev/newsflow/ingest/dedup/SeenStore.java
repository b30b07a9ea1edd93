package dev.newsflow.ingest.dedup;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The persisted seen-set: {@code seen.tsv} in the state directory, one published article per line
 * ({@code id, exact-text key, URL key or -, SimHash in hex}, tab-separated), appended after the
 * broker acknowledged the article. A line cut short by a crash is ignored on load.
 */
public final class SeenStore {

  /** The file name inside the state directory. */
  public static final String FILE_NAME = "seen.tsv";

  private static final Logger LOG = LoggerFactory.getLogger(SeenStore.class);
  private static final String HEADER = "# newsflow ingest seen-set v1: id\texact\turl\tsimhash";

  private final Path file;

  private SeenStore(Path file) {
    this.file = file;
  }

  /**
   * Opens the store in a directory, creating both when missing.
   *
   * @throws IOException when the directory or file cannot be created
   */
  public static SeenStore open(Path stateDirectory) throws IOException {
    Files.createDirectories(stateDirectory);
    Path file = stateDirectory.resolve(FILE_NAME);
    if (!Files.exists(file)) {
      Files.writeString(file, HEADER + "\n", StandardCharsets.UTF_8);
    }
    return new SeenStore(file);
  }

  /** The file this store reads and appends to. */
  public Path file() {
    return file;
  }

  /** Reads every complete line. */
  public List<Fingerprint> load() throws IOException {
    List<Fingerprint> seen = new ArrayList<>();
    int skipped = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      Fingerprint fingerprint = parse(line);
      if (fingerprint == null) {
        skipped++;
      } else {
        seen.add(fingerprint);
      }
    }
    if (skipped > 0) {
      LOG.warn("Ignored {} incomplete line(s) in {}", skipped, file);
    }
    return seen;
  }

  /** Appends fingerprints and forces them to disk. */
  public void append(List<Fingerprint> fingerprints) {
    if (fingerprints.isEmpty()) {
      return;
    }
    try (BufferedWriter writer =
        Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND)) {
      for (Fingerprint f : fingerprints) {
        writer.write(
            f.id()
                + "\t"
                + f.exactText()
                + "\t"
                + (f.urlKey() == null ? "-" : f.urlKey())
                + "\t"
                + HexFormat.of().toHexDigits(f.simHash())
                + "\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to " + file, e);
    }
  }

  private static Fingerprint parse(String line) {
    String[] parts = line.split("\t", -1);
    if (parts.length != 4 || parts[0].isEmpty() || parts[3].length() != 16) {
      return null;
    }
    try {
      long simHash = HexFormat.fromHexDigitsToLong(parts[3]);
      return new Fingerprint(parts[0], parts[1], parts[2].equals("-") ? null : parts[2], simHash);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
