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

class TextArticleTest {

  @TempDir Path dir;

  private CollectingSink read(String name, String content) throws IOException {
    Path file = Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    CollectingSink sink = new CollectingSink();
    new InputReader(InputStream.nullInputStream()).read(List.of(file.toString()), sink);
    return sink;
  }

  @Test
  void shouldTakeTheFirstNonBlankLineAsTitleAndTheRestAsBody() throws IOException {
    CollectingSink sink =
        read("a.txt", "\n  \nHarbour reopens  \n\n\nFirst paragraph.\n\n  Second, indented.\n\n");

    assertThat(sink.rejections).isEmpty();
    Candidate candidate = sink.candidates.get(0);
    assertThat(candidate.title()).isEqualTo("Harbour reopens");
    assertThat(candidate.body()).isEqualTo("First paragraph.\n\n  Second, indented.");
    assertThat(candidate.source()).isEqualTo("a.txt");
    assertThat(candidate.origin()).isEqualTo(dir.resolve("a.txt").toString());
    assertThat(candidate.id()).isNull();
  }

  @Test
  void shouldKeepTheInnerTextOfTheBodyExactly() throws IOException {
    String body = "Line one,\r\nline two\t with  spaces.\r\n\r\n\u201cQuoted,\u201d she said.";
    CollectingSink sink = read("crlf.txt", "Title\r\n\r\n" + body + "\r\n \t\r\n");

    assertThat(sink.candidates.get(0).body()).isEqualTo(body);
  }

  @Test
  void shouldDropALeadingByteOrderMark() throws IOException {
    CollectingSink sink = read("bom.txt", "\uFEFFTitle\nBody.");

    assertThat(sink.candidates.get(0).title()).isEqualTo("Title");
  }

  @Test
  void shouldLeaveTheBodyEmptyWhenTheFileHasOnlyATitle() throws IOException {
    CollectingSink sink = read("only-title.txt", "Just a title\n\n");

    assertThat(sink.candidates.get(0).body()).isEmpty();
  }

  @Test
  void shouldRejectInvalidUtf8NamingTheFileByteOffsetAndLine() throws IOException {
    Path file = dir.resolve("latin1.txt");
    byte[] bytes = {'T', 'i', 't', 'l', 'e', '\n', 'c', 'a', 'f', (byte) 0xE9, '\n'};
    Files.write(file, bytes);
    CollectingSink sink = new CollectingSink();

    new InputReader(InputStream.nullInputStream()).read(List.of(file.toString()), sink);

    assertThat(sink.candidates).isEmpty();
    assertThat(sink.rejections).containsExactly(file + ": invalid UTF-8 at byte offset 9 (line 2)");
  }

  @Test
  void shouldRejectATruncatedMultiByteSequenceAtTheEnd() throws IOException {
    Path file = dir.resolve("cut.txt");
    Files.write(file, new byte[] {'T', '\n', 'x', (byte) 0xE2, (byte) 0x80});
    CollectingSink sink = new CollectingSink();

    new InputReader(InputStream.nullInputStream()).read(List.of(file.toString()), sink);

    assertThat(sink.rejections).containsExactly(file + ": invalid UTF-8 at byte offset 3 (line 2)");
  }

  @Test
  void shouldReadATextArticleFromStdin() {
    CollectingSink sink = new CollectingSink();
    byte[] text = "Title from a pipe\n\nBody from a pipe.\n".getBytes(StandardCharsets.UTF_8);

    new InputReader(new ByteArrayInputStream(text)).read(List.of("-"), sink);

    assertThat(sink.candidates)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.origin()).isEqualTo("stdin");
              assertThat(c.source()).isEqualTo("stdin");
              assertThat(c.title()).isEqualTo("Title from a pipe");
              assertThat(c.body()).isEqualTo("Body from a pipe.");
            });
  }
}
