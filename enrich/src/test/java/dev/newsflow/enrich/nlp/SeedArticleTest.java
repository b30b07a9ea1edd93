package dev.newsflow.enrich.nlp;

import static dev.newsflow.enrich.nlp.Analyses.entity;
import static dev.newsflow.enrich.nlp.Analyses.names;
import static dev.newsflow.enrich.nlp.Analyses.quote;
import static dev.newsflow.enrich.nlp.Analyses.quotesContaining;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.events.Entity;
import dev.newsflow.events.EntityType;
import dev.newsflow.events.Mention;
import dev.newsflow.events.Quote;
import dev.newsflow.events.QuoteKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The news report the project was created from must always be enriched correctly. It is read from
 * {@code shared/} (third-party text, never copied into the repository); the test is skipped when
 * that folder is absent.
 */
class SeedArticleTest {

  private static final String SEED = "seeds/000_de8a397868ef996a.txt";

  private static String title;
  private static String body;
  private static Analysis analysis;

  @BeforeAll
  static void analyzeSeed() throws IOException {
    Path seed = sharedDir().map(dir -> dir.resolve(SEED)).filter(Files::isRegularFile).orElse(null);
    Assumptions.assumeTrue(
        seed != null,
        "Seed article "
            + SEED
            + " not found: set -Dnewsflow.shared.dir or put shared/ beside the project");
    String text = Files.readString(seed, StandardCharsets.UTF_8);
    String[] article = splitLikeIngest(text);
    title = article[0];
    body = article[1];
    analysis = Analyses.analyze(title, body);
  }

  private static java.util.Optional<Path> sharedDir() {
    String property = System.getProperty("newsflow.shared.dir");
    Stream<String> candidates =
        property != null && !property.isBlank()
            ? Stream.of(property)
            : Stream.of("../../shared", "../shared");
    return candidates.map(Path::of).filter(Files::isDirectory).findFirst();
  }

  /**
   * Title = first non-empty line; body = the rest without its leading blank lines and trailing
   * white space, as the ingest text reader does.
   */
  static String[] splitLikeIngest(String text) {
    int start = 0;
    while (true) {
      int end = text.indexOf('\n', start);
      String line = end < 0 ? text.substring(start) : text.substring(start, end);
      if (!line.isBlank() || end < 0) {
        String rest = end < 0 ? "" : text.substring(end + 1);
        return new String[] {
          line.strip(), rest.replaceFirst("^(?:[ \\t\\r]*\\n)+", "").stripTrailing()
        };
      }
      start = end + 1;
    }
  }

  @Test
  void shouldFindThePeopleByTheirFullNames() {
    assertThat(names(analysis, EntityType.PERSON))
        .contains(
            "Antony Blinken", "Annalena Baerbock", "Zelensky", "Putin", "Biden", "Xi Jinping");
  }

  @Test
  void shouldLinkEverySurnameMentionToAntonyBlinken() {
    Entity blinken = entity(analysis, "Antony Blinken");

    assertThat(blinken.type()).isEqualTo(EntityType.PERSON);
    assertThat(blinken.mentions())
        .extracting(Mention::text)
        .contains("Blinken", "US Secretary of State Antony Blinken");
    assertThat(blinken.mentions()).extracting(Mention::text).doesNotContain("Blinken’s");
    assertThat(names(analysis, EntityType.PERSON)).doesNotContain("Blinken");
  }

  @Test
  void shouldFindTheOrganizationsLocationsAndNationalities() {
    assertThat(names(analysis, EntityType.ORGANIZATION))
        .contains("G7", "NATO", "Reuters", "Bloomberg")
        .doesNotContain("State");
    assertThat(names(analysis, EntityType.LOCATION))
        .contains("China", "Russia", "Ukraine", "Italy", "Beijing", "Capri Island");
    assertThat(names(analysis, EntityType.NORP)).contains("Chinese", "German");
  }

  @Test
  void shouldAttributeBlinkensDirectQuotes() {
    assertDirect("In terms of Russia’s", "Antony Blinken");
    assertDirect("China (the CCP) can’t", "Antony Blinken");
    assertDirect("You want to build", "Antony Blinken");
    assertThat(quote(analysis, "You want to build").cue()).isNull();
  }

  @Test
  void shouldAttributeBaerbocksDirectQuotes() {
    assertDirect("If China (the CCP) openly", "Annalena Baerbock");
    assertDirect("We cannot accept any country", "Annalena Baerbock");
  }

  @Test
  void shouldAttributeSheSaidToBaerbock() {
    Quote quote = assertDirect("We urge China", "Annalena Baerbock");

    assertThat(quote.speaker().mention().text()).isEqualTo("she");
    assertThat(quote.cue().text()).isEqualTo("said");
  }

  @Test
  void shouldCreditTheMixedQuoteToBlinken() {
    List<Quote> mixed = quotesContaining(analysis, "greatest threat to European security");
    Quote quote = mixed.stream().filter(q -> q.kind() == QuoteKind.MIXED).findFirst().orElseThrow();

    assertThat(quote.speaker().name()).isEqualTo("Antony Blinken");
    assertThat(quote.text()).contains("“greatest threat to European security");
  }

  @Test
  void shouldNotCreditTheScareQuoteToAnyPerson() {
    List<String> people = names(analysis, EntityType.PERSON);

    assertThat(quotesContaining(analysis, "unlimited partnership"))
        .allSatisfy(q -> assertThat(q.speaker().name()).isNotIn(people))
        .allSatisfy(q -> assertThat(q.speaker().entityId()).isNull());
  }

  @Test
  void shouldFindTheIndirectQuotes() {
    assertIndirect("Beijing had become", "Antony Blinken");
    assertIndirect("the US had made it clear", "Antony Blinken");
    assertIndirect("Blinken will visit China", "US officials");
    Quote embassy = assertIndirect("China was not a party", null);
    assertThat(embassy.speaker().mention().text())
        .isEqualTo("A spokesperson for the Chinese Embassy");
    assertThat(embassy.cue().text()).isEqualTo("told");
  }

  @Test
  void shouldKeepEveryOffsetTrueToTheText() {
    Analyses.assertOffsetsHold(analysis, title, body);
    assertThat(analysis.quotes()).extracting(Quote::id).startsWith("q1", "q2");
  }

  private static Quote assertDirect(String prefix, String speaker) {
    Quote quote = quote(analysis, prefix);
    assertThat(quote.kind()).as(prefix).isEqualTo(QuoteKind.DIRECT);
    assertThat(quote.speaker().name()).as(prefix).isEqualTo(speaker);
    assertThat(quote.speaker().entityId()).as(prefix).isEqualTo(entity(analysis, speaker).id());
    return quote;
  }

  private static Quote assertIndirect(String prefix, String speaker) {
    Quote quote = quote(analysis, prefix);
    assertThat(quote.kind()).as(prefix).isEqualTo(QuoteKind.INDIRECT);
    if (speaker != null) {
      assertThat(quote.speaker().name()).as(prefix).isEqualTo(speaker);
    }
    return quote;
  }
}
