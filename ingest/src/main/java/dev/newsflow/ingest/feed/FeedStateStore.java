package dev.newsflow.ingest.feed;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;

/**
 * The state of every feed, kept as {@code feeds.json} in the state directory and rewritten
 * atomically (temporary file, then rename) after each poll.
 */
public final class FeedStateStore {

  /** The file name inside the state directory. */
  public static final String FILE_NAME = "feeds.json";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Path file;
  private final Map<String, FeedState> feeds;

  private FeedStateStore(Path file, Map<String, FeedState> feeds) {
    this.file = file;
    this.feeds = feeds;
  }

  /**
   * Loads the store, empty when the file does not exist yet.
   *
   * @throws IOException when the file exists but cannot be read
   */
  public static FeedStateStore open(Path stateDirectory) throws IOException {
    Files.createDirectories(stateDirectory);
    Path file = stateDirectory.resolve(FILE_NAME);
    Map<String, FeedState> feeds = new TreeMap<>();
    if (Files.exists(file)) {
      feeds.putAll(MAPPER.readValue(file.toFile(), new TypeReference<Map<String, FeedState>>() {}));
    }
    return new FeedStateStore(file, feeds);
  }

  /** The state of a feed, {@link FeedState#NEW} when unknown. */
  public synchronized FeedState get(String feedUrl) {
    return feeds.getOrDefault(feedUrl, FeedState.NEW);
  }

  /** Replaces the state of a feed and saves the store. */
  public synchronized void put(String feedUrl, FeedState state) {
    feeds.put(feedUrl, state);
    Path temporary = file.resolveSibling(FILE_NAME + ".tmp");
    try {
      MAPPER.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), feeds);
      Files.move(
          temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save " + file, e);
    }
  }
}
