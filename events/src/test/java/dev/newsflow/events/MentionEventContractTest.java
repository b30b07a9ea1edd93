package dev.newsflow.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MentionEventContractTest {

  private static final JsonSchemaFactory SCHEMAS =
      JsonSchemaFactory.getInstance(
          SpecVersion.VersionFlag.V202012,
          builder ->
              builder.schemaMappers(
                  m -> m.mapPrefix("https://newsflow.dev/schemas/", "classpath:schemas/")));

  private static final MentionEvent EVENT =
      new MentionEvent(
          Article.SCHEMA_VERSION,
          "Annalena Baerbock",
          EntityType.PERSON,
          "c-0123456789abcdef",
          "Title",
          Instant.parse("2026-11-29T10:00:00Z"),
          3,
          0.8);

  @Test
  void mentionEventJsonMatchesItsSchemaAndRoundTrips() throws IOException {
    JsonSerde<MentionEvent> serde = JsonSerde.of(MentionEvent.class);
    byte[] json = serde.toBytes(EVENT);

    assertThat(validate(json)).isEmpty();
    assertThat(serde.fromBytes(json)).isEqualTo(EVENT);
    assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"type\":\"PERSON\"");
  }

  @Test
  void schemaRejectsAMentionEventWithoutEntity() throws IOException {
    byte[] json =
        "{\"schemaVersion\":1,\"type\":\"PERSON\",\"articleId\":\"a\",\"title\":\"t\",\"count\":1,\"salience\":0.5}"
            .getBytes(StandardCharsets.UTF_8);

    assertThat(validate(json)).isNotEmpty();
  }

  @Test
  void catalogueCarriesTheMentionsTopicKeyedByString() {
    assertThat(Topics.DEFAULT.mentions().name()).isEqualTo(Topics.MENTIONS);
    assertThat(Topics.DEFAULT.names()).contains("news.mentions");
    assertThat(Topics.from(java.util.Map.of("newsflow.topic.mentions", "x.m")).mentions().name())
        .isEqualTo("x.m");
    assertThat(Topics.named("a", "e", "q", "d").mentions().name()).isEqualTo(Topics.MENTIONS);
  }

  private static Set<ValidationMessage> validate(byte[] json) throws IOException {
    JsonSchema schema =
        SCHEMAS.getSchema(
            SchemaLocation.of("https://newsflow.dev/schemas/mention-event.schema.json"),
            SchemaValidatorsConfig.builder().build());
    JsonNode node = JsonSerde.MAPPER.readTree(json);
    return schema.validate(node);
  }
}
