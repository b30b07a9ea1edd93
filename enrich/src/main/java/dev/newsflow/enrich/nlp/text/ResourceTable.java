package dev.newsflow.enrich.nlp.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tab-separated word lists kept as classpath resources next to the NLP classes: one row a
 * line, {@code #} starts a comment line, blank lines are skipped.
 */
public final class ResourceTable {

  /** Classpath folder of the NLP data files. */
  public static final String FOLDER = "/dev/newsflow/enrich/nlp/";

  private ResourceTable() {}

  /**
   * Returns the rows of a resource in {@link #FOLDER}, each split at tabs and trimmed.
   *
   * @throws IllegalStateException when the resource is missing or unreadable
   */
  public static List<List<String>> rows(String fileName) {
    String path = FOLDER + fileName;
    try (InputStream in = ResourceTable.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("NLP resource missing from the classpath: " + path);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<List<String>> rows = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> cells = new ArrayList<>();
        for (String cell : line.split("\t", -1)) {
          cells.add(cell.strip());
        }
        rows.add(List.copyOf(cells));
      }
      return List.copyOf(rows);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read NLP resource " + path, e);
    }
  }
}
