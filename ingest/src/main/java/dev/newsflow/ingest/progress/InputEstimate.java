package dev.newsflow.ingest.progress;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Estimates how many articles inputs hold, for the progress bar's ETA: one per line of JSON Lines
 * files, one per other file; stdin and unreadable inputs count as unknown (0).
 */
public final class InputEstimate {

  private InputEstimate() {}

  /** Returns the estimate. */
  public static long count(List<String> inputs) {
    long total = 0;
    for (String input : inputs) {
      if (input.equals("-")) {
        continue;
      }
      Path path = Path.of(input);
      if (Files.isDirectory(path)) {
        try (Stream<Path> files = Files.walk(path)) {
          total += files.filter(Files::isRegularFile).mapToLong(InputEstimate::inFile).sum();
        } catch (IOException | RuntimeException e) {
          return 0;
        }
      } else if (Files.isRegularFile(path)) {
        total += inFile(path);
      }
    }
    return total;
  }

  private static long inFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".jsonl") && !name.endsWith(".ndjson")) {
      return 1;
    }
    long lines = 0;
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[65_536];
      int read;
      while ((read = in.read(buffer)) > 0) {
        for (int i = 0; i < read; i++) {
          if (buffer[i] == '\n') {
            lines++;
          }
        }
      }
    } catch (IOException e) {
      return 1;
    }
    return Math.max(lines, 1);
  }
}
