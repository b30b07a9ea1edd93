package dev.newsflow.ingest.source;

import dev.newsflow.ingest.extract.ArticleExtractor;
import dev.newsflow.ingest.extract.ExtractedPage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the inputs named on a command line, in order: {@code .txt}, {@code .json}, {@code .jsonl},
 * {@code .ndjson} and {@code .html} files, directories (recursively, sorted, hidden entries
 * skipped) and {@code -} for stdin.
 */
public final class InputReader {

  /** The argument that means standard input. */
  public static final String STDIN = "-";

  private static final Logger LOG = LoggerFactory.getLogger(InputReader.class);
  private static final String SUPPORTED = ".txt, .json, .jsonl, .ndjson, .html or .htm";

  private final InputStream stdin;
  private boolean stdinRead;

  /** Creates a reader that takes {@code -} from the given stream. */
  public InputReader(InputStream stdin) {
    this.stdin = stdin;
  }

  /** Reads every input, passing candidates and rejections to the sink as they are found. */
  public void read(List<String> inputs, CandidateSink sink) {
    for (String input : inputs) {
      if (input.equals(STDIN)) {
        readStdin(sink);
        continue;
      }
      Path path;
      try {
        path = Path.of(input);
      } catch (InvalidPathException e) {
        sink.reject(input, "invalid path: " + e.getReason());
        continue;
      }
      if (Files.isDirectory(path)) {
        readDirectory(path, sink);
      } else if (Files.isRegularFile(path)) {
        readFile(path, true, sink);
      } else if (Files.exists(path)) {
        sink.reject(input, "not a regular file or directory");
      } else {
        sink.reject(input, "no such file or directory");
      }
    }
  }

  private void readStdin(CandidateSink sink) {
    if (stdinRead) {
      sink.reject("stdin", "stdin ('-') was already read once");
      return;
    }
    stdinRead = true;
    byte[] bytes;
    try {
      bytes = stdin.readAllBytes();
    } catch (IOException e) {
      sink.reject("stdin", "cannot read: " + e.getMessage());
      return;
    }
    if (firstSignificantByte(bytes) == '{') {
      JsonArticleReader.readLines(bytes, "stdin", "stdin", sink);
    } else {
      readText(bytes, "stdin", "stdin", sink);
    }
  }

  private static void readDirectory(Path directory, CandidateSink sink) {
    List<DirectoryScan.Found> files;
    try {
      files = DirectoryScan.scan(directory);
    } catch (IOException e) {
      sink.reject(directory.toString(), "cannot read directory: " + DirectoryScan.describe(e));
      return;
    }
    for (DirectoryScan.Found file : files) {
      if (file.failure() == null) {
        readFile(file.path(), false, sink);
      } else {
        sink.reject(file.path().toString(), "cannot read: " + file.failure());
      }
    }
  }

  private static void readFile(Path file, boolean named, CandidateSink sink) {
    String origin = file.toString();
    String extension = extension(file);
    if (!List.of("txt", "json", "jsonl", "ndjson", "html", "htm").contains(extension)) {
      if (named) {
        sink.reject(origin, "unsupported file type (expected " + SUPPORTED + ")");
      } else {
        LOG.info("Skipping {}: not {}", file, SUPPORTED);
      }
      return;
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      sink.reject(origin, "cannot read: " + DirectoryScan.describe(e));
      return;
    }
    String source = file.getFileName().toString();
    switch (extension) {
      case "txt" -> readText(bytes, origin, source, sink);
      case "json" -> JsonArticleReader.readDocument(bytes, origin, source, sink);
      case "html", "htm" -> readHtml(bytes, origin, source, sink);
      default -> JsonArticleReader.readLines(bytes, origin, source, sink);
    }
  }

  private static void readText(byte[] bytes, String origin, String source, CandidateSink sink) {
    String text;
    try {
      text = StrictUtf8.decode(bytes);
    } catch (InvalidUtf8Exception e) {
      sink.reject(origin, StrictUtf8.describeWithLine(e, bytes));
      return;
    }
    sink.accept(TextArticleParser.parse(text, origin, source));
  }

  private static void readHtml(byte[] bytes, String origin, String source, CandidateSink sink) {
    String html;
    try {
      html = StrictUtf8.decode(bytes);
    } catch (InvalidUtf8Exception e) {
      sink.reject(origin, StrictUtf8.describeWithLine(e, bytes));
      return;
    }
    ExtractedPage page = ArticleExtractor.extract(html, null);
    sink.accept(Candidates.fromPage(page, origin, source));
  }

  private static int firstSignificantByte(byte[] bytes) {
    int i = 0;
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      i = 3;
    }
    for (; i < bytes.length; i++) {
      if (!Character.isWhitespace(bytes[i])) {
        return bytes[i];
      }
    }
    return -1;
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
