package dev.newsflow.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputReaderTest {

  @TempDir Path dir;

  private Path write(String relative, String content) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  private static CollectingSink read(String... inputs) {
    CollectingSink sink = new CollectingSink();
    new InputReader(InputStream.nullInputStream()).read(List.of(inputs), sink);
    return sink;
  }

  @Test
  void shouldReadADirectoryRecursivelyInSortedOrder() throws IOException {
    write("b.txt", "B\nbody");
    write("a/z.jsonl", "{\"title\": \"Z\", \"body\": \"z\"}");
    write("a/deeper/y.json", "{\"title\": \"Y\", \"body\": \"y\"}");
    write("c.ndjson", "{\"title\": \"C\", \"body\": \"c\"}");

    CollectingSink sink = read(dir.toString());

    assertThat(sink.rejections).isEmpty();
    assertThat(sink.candidates).extracting(Candidate::title).containsExactly("Y", "Z", "B", "C");
    assertThat(sink.candidates.get(2).origin()).isEqualTo(dir.resolve("b.txt").toString());
  }

  @Test
  void shouldSkipHiddenEntriesAndOtherFileTypesInADirectory() throws IOException {
    write("kept.txt", "Kept\nbody");
    write(".hidden.txt", "Hidden\nbody");
    write(".git/inside.txt", "Inside\nbody");
    write("notes.md", "# Not an article");
    write("UPPER.TXT", "Upper\nbody");

    CollectingSink sink = read(dir.toString());

    assertThat(sink.rejections).isEmpty();
    assertThat(sink.candidates).extracting(Candidate::title).containsExactly("Upper", "Kept");
  }

  @Test
  void shouldRejectANamedFileOfAnUnsupportedType() throws IOException {
    Path notes = write("notes.md", "# Not an article");

    CollectingSink sink = read(notes.toString());

    assertThat(sink.rejections)
        .containsExactly(
            notes
                + ": unsupported file type (expected .txt, .json, .jsonl, .ndjson, .html or .htm)");
  }

  @Test
  void shouldRejectAMissingPathAndGoOnWithTheNextOne() throws IOException {
    Path good = write("good.txt", "Good\nbody");
    String missing = dir.resolve("missing.txt").toString();

    CollectingSink sink = read(missing, good.toString());

    assertThat(sink.rejections).containsExactly(missing + ": no such file or directory");
    assertThat(sink.candidates).extracting(Candidate::title).containsExactly("Good");
  }

  @Test
  void shouldReadStdinOnlyOnce() {
    CollectingSink sink = new CollectingSink();
    byte[] text = "Title\nBody".getBytes(StandardCharsets.UTF_8);

    new InputReader(new ByteArrayInputStream(text)).read(List.of("-", "-"), sink);

    assertThat(sink.candidates).hasSize(1);
    assertThat(sink.rejections).containsExactly("stdin: stdin ('-') was already read once");
  }
}
