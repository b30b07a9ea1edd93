package dev.newsflow.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.events.Entity;
import dev.newsflow.events.EntityType;
import dev.newsflow.events.Mention;
import dev.newsflow.events.Quote;
import dev.newsflow.events.QuoteKind;
import dev.newsflow.events.TextField;
import dev.newsflow.events.TextSpan;
import java.util.List;
import java.util.Optional;

/** Look-ups and invariants the NLP tests share. */
public final class Analyses {

  private Analyses() {}

  /** Analyses an article with the shared analyzer (CoreNLP loads once per test JVM). */
  public static Analysis analyze(String title, String body) {
    Analysis analysis = CoreNlpAnalyzer.shared().analyze(title, body);
    assertOffsetsHold(analysis, title, body);
    return analysis;
  }

  /** The entity with the given canonical name, failing when there is none. */
  public static Entity entity(Analysis analysis, String name) {
    return findEntity(analysis, name)
        .orElseThrow(
            () ->
                new AssertionError(
                    "No entity named "
                        + name
                        + " in "
                        + analysis.entities().stream().map(Entity::name).toList()));
  }

  /** The entity with the given canonical name, if any. */
  public static Optional<Entity> findEntity(Analysis analysis, String name) {
    return analysis.entities().stream().filter(e -> e.name().equals(name)).findFirst();
  }

  /** The names of all entities of a type. */
  public static List<String> names(Analysis analysis, EntityType type) {
    return analysis.entities().stream().filter(e -> e.type() == type).map(Entity::name).toList();
  }

  /** The quote whose text starts with the prefix, failing when there is none. */
  public static Quote quote(Analysis analysis, String prefix) {
    return findQuote(analysis, prefix)
        .orElseThrow(
            () ->
                new AssertionError(
                    "No quote starting with \""
                        + prefix
                        + "\" in "
                        + analysis.quotes().stream().map(Quote::text).toList()));
  }

  /** The quote whose text starts with the prefix, if any. */
  public static Optional<Quote> findQuote(Analysis analysis, String prefix) {
    return analysis.quotes().stream().filter(q -> q.text().startsWith(prefix)).findFirst();
  }

  /** Asserts the kind and the speaker's canonical name of a quote, and returns the quote. */
  public static Quote assertKindAndSpeaker(Quote quote, QuoteKind kind, String speaker) {
    assertThat(quote.kind()).as(quote.text()).isEqualTo(kind);
    assertThat(quote.speaker().name()).as(quote.text()).isEqualTo(speaker);
    return quote;
  }

  /** The quotes whose text contains the words. */
  public static List<Quote> quotesContaining(Analysis analysis, String words) {
    return analysis.quotes().stream().filter(q -> q.text().contains(words)).toList();
  }

  /** Every text in the result equals the substring at its offsets; ids are numbered in order. */
  public static void assertOffsetsHold(Analysis analysis, String title, String body) {
    for (int i = 0; i < analysis.entities().size(); i++) {
      Entity entity = analysis.entities().get(i);
      assertThat(entity.id()).isEqualTo("e" + (i + 1));
      for (Mention mention : entity.mentions()) {
        String field = mention.field() == TextField.TITLE ? title : body;
        assertThat(field.substring(mention.start(), mention.end()))
            .as("mention %s of %s", mention, entity.name())
            .isEqualTo(mention.text());
      }
    }
    int lastStart = -1;
    for (int i = 0; i < analysis.quotes().size(); i++) {
      Quote quote = analysis.quotes().get(i);
      assertThat(quote.id()).isEqualTo("q" + (i + 1));
      assertThat(quote.start()).isGreaterThanOrEqualTo(lastStart);
      lastStart = quote.start();
      assertThat(body.substring(quote.start(), quote.end())).isEqualTo(quote.text());
      assertThat(quote.confidence()).isBetween(0.0, 1.0);
      assertSpan(body, quote.cue());
      assertSpan(body, quote.speaker().mention());
    }
  }

  private static void assertSpan(String body, TextSpan span) {
    if (span != null) {
      assertThat(body.substring(span.start(), span.end())).isEqualTo(span.text());
    }
  }
}
