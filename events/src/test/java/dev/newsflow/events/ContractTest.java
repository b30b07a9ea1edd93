package dev.newsflow.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class ContractTest {

  private static final JsonSchemaFactory SCHEMAS =
      JsonSchemaFactory.getInstance(
          SpecVersion.VersionFlag.V202012,
          builder ->
              builder.schemaMappers(
                  m -> m.mapPrefix("https://newsflow.dev/schemas/", "classpath:schemas/")));

  static Article sampleArticle() {
    String body = "\u201cWe urge China to act,\u201d she said.";
    return new Article(
        Article.SCHEMA_VERSION,
        ArticleIds.idFor(null, "Title", body),
        null,
        "sample.txt",
        "Title",
        body,
        "en",
        null,
        Instant.parse("2026-11-29T10:00:00Z"),
        ArticleIds.contentHash("Title", body));
  }

  static EnrichedArticle sampleEnriched() {
    Article a = sampleArticle();
    Entity baerbock =
        new Entity(
            "e1",
            "Annalena Baerbock",
            EntityType.PERSON,
            List.of(new Mention(24, 27, "she", TextField.BODY)),
            0.8);
    Quote quote =
        new Quote(
            "q1",
            "We urge China to act,",
            1,
            22,
            QuoteKind.DIRECT,
            new Speaker("Annalena Baerbock", "e1", new TextSpan(24, 27, "she")),
            new TextSpan(28, 32, "said"),
            0.9);
    Quote unknown = new Quote("q2", "act", 19, 22, QuoteKind.MIXED, Speaker.UNKNOWN, null, 0.2);
    return EnrichedArticle.of(
        a,
        List.of(baerbock),
        List.of(quote, unknown),
        new Enrichment("newsflow-corenlp", "test", Instant.parse("2026-11-29T10:00:01Z")));
  }

  @Test
  void articleJsonMatchesItsSchemaAndRoundTrips() throws IOException {
    JsonSerde<Article> serde = JsonSerde.of(Article.class);
    byte[] json = serde.toBytes(sampleArticle());

    assertThat(validate("article", json)).isEmpty();
    assertThat(serde.fromBytes(json)).isEqualTo(sampleArticle());
  }

  @Test
  void enrichedArticleJsonMatchesItsSchemaAndRoundTrips() throws IOException {
    JsonSerde<EnrichedArticle> serde = JsonSerde.of(EnrichedArticle.class);
    byte[] json = serde.toBytes(sampleEnriched());

    assertThat(validate("enriched-article", json)).isEmpty();
    assertThat(serde.fromBytes(json)).isEqualTo(sampleEnriched());
    assertThat(new String(json, java.nio.charset.StandardCharsets.UTF_8))
        .contains("\"field\":\"body\"")
        .contains("\"kind\":\"DIRECT\"");
  }

  @Test
  void quoteEventJsonMatchesItsSchema() throws IOException {
    EnrichedArticle a = sampleEnriched();
    QuoteEvent event =
        new QuoteEvent(
            1, a.id(), a.url(), a.title(), a.source(), a.publishedAt(), a.quotes().get(0));
    byte[] json = JsonSerde.of(QuoteEvent.class).toBytes(event);

    assertThat(validate("quote-event", json)).isEmpty();
  }

  @Test
  void nearDuplicatesAndAuthorsTravelWithTheArticleAndItsEnrichment() throws IOException {
    Article a = sampleArticle();
    Article copy =
        new Article(
            a.schemaVersion(),
            "c-00000000000000ff",
            a.url(),
            a.source(),
            a.title(),
            a.body(),
            a.language(),
            a.publishedAt(),
            a.ingestedAt(),
            a.contentHash(),
            a.id(),
            List.of("Ada Quill"));
    byte[] json = JsonSerde.of(Article.class).toBytes(copy);
    EnrichedArticle enriched =
        EnrichedArticle.of(copy, List.of(), List.of(), sampleEnriched().enrichment());

    assertThat(validate("article", json)).isEmpty();
    assertThat(JsonSerde.of(Article.class).fromBytes(json)).isEqualTo(copy);
    assertThat(enriched.duplicateOf()).isEqualTo(a.id());
    assertThat(enriched.authors()).containsExactly("Ada Quill");
    assertThat(validate("enriched-article", JsonSerde.of(EnrichedArticle.class).toBytes(enriched)))
        .isEmpty();
    assertThat(
            JsonSerde.of(Article.class)
                .fromBytes(
                    "{\"schemaVersion\":1,\"id\":\"x\",\"title\":\"\",\"body\":\"b\"}"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .authors())
        .as("older producers without the field read as no authors")
        .isEmpty();
  }

  @Test
  void schemaRejectsAnArticleWithoutBody() throws IOException {
    byte[] json = "{\"schemaVersion\":1,\"id\":\"c-0123456789abcdef\",\"title\":\"t\"}".getBytes();

    assertThat(validate("article", json)).isNotEmpty();
  }

  @Test
  void serdeIsNullSafeAndNamesTheTypeOnBadInput() {
    JsonSerde<Article> serde = JsonSerde.of(Article.class);

    assertThat(serde.toBytes(null)).isNull();
    assertThat(serde.fromBytes(null)).isNull();
    assertThatThrownBy(() -> serde.fromBytes("not json".getBytes()))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("Article");
  }

  private static Set<ValidationMessage> validate(String schema, byte[] json) throws IOException {
    JsonSchema s =
        SCHEMAS.getSchema(
            com.networknt.schema.SchemaLocation.of(
                "https://newsflow.dev/schemas/" + schema + ".schema.json"),
            SchemaValidatorsConfig.builder().build());
    JsonNode node = JsonSerde.MAPPER.readTree(json);
    return s.validate(node);
  }
}
