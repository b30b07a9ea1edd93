package dev.newsflow.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class JsonArticleTest {

  @TempDir Path dir;

  private Path file;

  private CollectingSink read(String name, String content) throws IOException {
    file = Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    CollectingSink sink = new CollectingSink();
    new InputReader(InputStream.nullInputStream()).read(List.of(file.toString()), sink);
    return sink;
  }

  @Test
  void shouldReadEveryAcceptedFieldOfAJsonArticle() throws IOException {
    CollectingSink sink =
        read(
            "one.json",
            """
            {"id": "wire:2024-05-01.7", "url": "https://example.org/a", "source": "Wire",
             "title": " Strike ends ", "body": "Body text.\\n\\nMore.", "language": "en",
             "publishedAt": "2024-05-01T09:30:00+02:00"}
            """);

    assertThat(sink.rejections).isEmpty();
    assertThat(sink.candidates)
        .containsExactly(
            new Candidate(
                file.toString(),
                "wire:2024-05-01.7",
                "https://example.org/a",
                "Wire",
                "Strike ends",
                "Body text.\n\nMore.",
                "en",
                Instant.parse("2024-05-01T07:30:00Z")));
  }

  @Test
  void shouldIgnoreFieldsItDoesNotReadSuchAsACategory() throws IOException {
    CollectingSink sink =
        read("feed.jsonl", "{\"category\": \"tech\", \"tags\": [1], \"body\": \"Body.\"}\n");

    assertThat(sink.rejections).isEmpty();
    assertThat(sink.candidates)
        .singleElement()
        .satisfies(c -> assertThat(c.body()).isEqualTo("Body."));
  }

  @Test
  void shouldDefaultTheTitleToEmptyAndTheSourceToTheFileName() throws IOException {
    CollectingSink sink = read("feed.json", "{\"body\": \"Only a body.\"}");

    Candidate candidate = sink.candidates.get(0);
    assertThat(candidate.title()).isEmpty();
    assertThat(candidate.source()).isEqualTo("feed.json");
    assertThat(candidate.id()).isNull();
  }

  @Test
  void shouldReadAnArrayLabellingEachElementWithItsLine() throws IOException {
    CollectingSink sink =
        read("list.json", "[\n  {\"title\": \"A\", \"body\": \"a\"},\n  {\"body\": \"b\"}\n]\n");

    assertThat(sink.candidates)
        .extracting(Candidate::origin)
        .containsExactly(file + ":2", file + ":3");
  }

  @Test
  void shouldRejectAnInvalidJsonDocumentWithLineAndColumn() throws IOException {
    CollectingSink sink = read("broken.json", "[\n  {\"body\": \"a\"},\n  {\"body\" \"b\"}\n]");

    assertThat(sink.candidates).isEmpty();
    assertThat(sink.rejections)
        .singleElement()
        .asString()
        .startsWith(file + ": invalid JSON at line 3, column 11: Unexpected character");
  }

  @Test
  void shouldRejectADocumentWithADuplicateFieldOrASecondValue() throws IOException {
    CollectingSink duplicate = read("dup.json", "{\"body\": \"a\",\n \"body\": \"b\"}");
    Path duplicateFile = file;
    CollectingSink twoValues = read("two.json", "{\"body\": \"a\"}\n{\"body\": \"b\"}");

    assertThat(duplicate.rejections)
        .singleElement()
        .asString()
        .startsWith(duplicateFile + ": invalid JSON at line 2, column ")
        .contains("Duplicate field 'body'");
    assertThat(twoValues.rejections)
        .containsExactly(file + ": invalid JSON: more content after the value at line 2, column 1");
    assertThat(duplicate.candidates).isEmpty();
    assertThat(twoValues.candidates).isEmpty();
  }

  @Test
  void shouldRejectAnEmptyJsonDocument() throws IOException {
    CollectingSink sink = read("empty.json", "  \n");

    assertThat(sink.rejections).containsExactly(file + ": no JSON value: the file is empty");
  }

  @Test
  void shouldKeepGoodJsonLinesAroundABadOneAndNameItsLine() throws IOException {
    CollectingSink sink =
        read(
            "feed.jsonl",
            """
            {"title": "One", "body": "First."}

            {"title": "Two", "body": "Second."
            {"title": "Three", "body": "Third."}
            """);

    assertThat(sink.candidates).extracting(Candidate::title).containsExactly("One", "Three");
    assertThat(sink.candidates)
        .extracting(Candidate::origin)
        .containsExactly(file + ":1", file + ":4");
    assertThat(sink.rejections)
        .singleElement()
        .asString()
        .startsWith(file + ":3: invalid JSON at column ");
  }

  @Test
  void shouldRejectAJsonLineWithInvalidUtf8NamingLineAndFileOffset() throws IOException {
    file = dir.resolve("feed.ndjson");
    byte[] good = "{\"body\": \"ok\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = {'{', '"', 'b', 'o', 'd', 'y', '"', ':', '"', (byte) 0xFF, '"', '}', '\n'};
    Files.write(file, concat(good, bad, good));
    CollectingSink sink = new CollectingSink();

    new InputReader(InputStream.nullInputStream()).read(List.of(file.toString()), sink);

    assertThat(sink.candidates).hasSize(2);
    assertThat(sink.rejections)
        .containsExactly(file + ":2: invalid UTF-8 at byte offset " + (good.length + 9));
  }

  static Stream<Arguments> badLines() {
    return Stream.of(
        arguments("{\"title\": \"No body\"}", "missing field 'body' (or its alias 'text')"),
        arguments(
            "{\"title\": 7, \"body\": \"b\"}", "field 'title' must be a string, found number"),
        arguments("{\"body\": [\"a\"]}", "field 'body' must be a string, found array"),
        arguments(
            "{\"id\": \"has space\", \"body\": \"b\"}",
            "invalid id 'has space': use 1 to 200 characters from A-Z, a-z, 0-9 and . _ : -"),
        arguments(
            "{\"id\": \"\", \"body\": \"b\"}",
            "invalid id '': use 1 to 200 characters from A-Z, a-z, 0-9 and . _ : -"),
        arguments(
            "{\"body\": \"b\", \"language\": \"english!\"}",
            "invalid language 'english!': expected a code such as 'en' or 'de'"),
        arguments(
            "{\"body\": \"b\", \"publishedAt\": \"yesterday\"}",
            "invalid publishedAt 'yesterday': expected ISO-8601 such as 2024-05-01T09:30:00Z or 2024-05-01"),
        arguments(
            "{\"body\": \"b\", \"publishedAt\": \"2024-05-01T10:00\"}",
            "publishedAt '2024-05-01T10:00' has no UTC offset; write for example 2024-05-01T10:00Z"),
        arguments(
            "{\"body\": \"b\", \"publishedAt\": 1714550400}",
            "field 'publishedAt' must be a string, found number"),
        arguments("[{\"body\": \"b\"}]", "expected a JSON object, found array"),
        arguments(
            "{\"body\": \"a\", \"body\": \"b\"}",
            "invalid JSON at column 21: Duplicate field 'body'"),
        arguments(
            "{\"body\": \"a\"} {\"body\": \"b\"}", "invalid JSON at column 15: Trailing token"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badLines")
  void shouldRejectAJsonLineWithAClearReason(String line, String reason) throws IOException {
    CollectingSink sink = read("bad.jsonl", line + "\n");

    assertThat(sink.candidates).isEmpty();
    assertThat(sink.rejections).singleElement().asString().startsWith(file + ":1: " + reason);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2024-05-01T09:30:00Z, 2024-05-01T09:30:00Z",
    "2024-05-01T09:30:00.5-04:00, 2024-05-01T13:30:00.5Z",
    "2024-05-01T09:30:00+02:00[Europe/Berlin], 2024-05-01T07:30:00Z",
    "2024-05-01, 2024-05-01T00:00:00Z"
  })
  void shouldAcceptIso8601DatesAndTimes(String publishedAt, String expected) throws IOException {
    CollectingSink sink =
        read("dates.jsonl", "{\"body\": \"b\", \"publishedAt\": \"" + publishedAt + "\"}");

    assertThat(sink.candidates.get(0).publishedAt()).isEqualTo(Instant.parse(expected));
  }

  @Test
  void shouldUseTextWhenThereIsNoBody() throws IOException {
    CollectingSink sink =
        read(
            "alias.jsonl",
            """
            {"text": "From text."}
            {"body": "From body.", "text": "Ignored."}
            """);

    assertThat(sink.candidates)
        .extracting(Candidate::body)
        .containsExactly("From text.", "From body.");
  }

  @Test
  void shouldReadJsonLinesFromStdinWhenTheFirstCharacterIsABrace() {
    byte[] lines = "\n  {\"body\": \"one\"}\n{\"body\": 2}\n".getBytes(StandardCharsets.UTF_8);
    CollectingSink sink = new CollectingSink();

    new InputReader(new ByteArrayInputStream(lines)).read(List.of("-"), sink);

    assertThat(sink.candidates).extracting(Candidate::origin).containsExactly("stdin:2");
    assertThat(sink.rejections)
        .containsExactly("stdin:3: field 'body' must be a string, found number");
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] all = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }
}
