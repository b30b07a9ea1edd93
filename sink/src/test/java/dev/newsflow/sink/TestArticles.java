package dev.newsflow.sink;

import dev.newsflow.events.Article;
import dev.newsflow.events.ArticleIds;
import dev.newsflow.events.EnrichedArticle;
import dev.newsflow.events.Enrichment;
import dev.newsflow.events.Entity;
import dev.newsflow.events.EntityType;
import dev.newsflow.events.Mention;
import dev.newsflow.events.Quote;
import dev.newsflow.events.QuoteKind;
import dev.newsflow.events.Speaker;
import dev.newsflow.events.TextField;
import dev.newsflow.events.TextSpan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Enriched articles for tests, built by hand with offsets found in the text (no NLP). */
public final class TestArticles {

  /** The quote of the seed article the tests look for. */
  public static final String BAERBOCK_QUOTE =
      "We urge China (the CCP) to use its influence on Putin,";

  private TestArticles() {}

  /**
   * A short article: Baerbock urges China (a direct quote naming China), and Blinken is named.
   *
   * @param title its title, which also makes its id unique
   */
  public static EnrichedArticle baerbockUrgesChina(String title) {
    String body =
        "Annalena Baerbock spoke in Capri. \u201cWe urge China to act,\u201d she said. "
            + "Antony Blinken agreed.";
    return enriched(title, body, Instant.parse("2026-11-29T08:00:00Z"), "We urge China to act,");
  }

  /** The seed article, enriched by hand: its Baerbock quote, Baerbock, China, Blinken, Putin. */
  public static EnrichedArticle seed(Path seedFile) {
    try {
      String text = Files.readString(seedFile, StandardCharsets.UTF_8);
      int firstBreak = text.indexOf('\n');
      String title = text.substring(0, firstBreak).trim();
      String body = text.substring(firstBreak).strip();
      return enriched(title, body, Instant.parse("2024-04-19T12:00:00Z"), BAERBOCK_QUOTE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static EnrichedArticle enriched(
      String title, String body, Instant publishedAt, String quoted) {
    int quoteStart = body.indexOf(quoted);
    int quoteEnd = quoteStart + quoted.length();
    int she = body.indexOf("she said", quoteEnd);
    int said = she + "she ".length();
    List<Entity> entities = new ArrayList<>();
    List<Mention> baerbock = mentions(body, "Annalena Baerbock");
    baerbock.add(new Mention(she, she + 3, "she", TextField.BODY));
    entities.add(new Entity("e1", "Annalena Baerbock", EntityType.PERSON, baerbock, 0.9));
    entities.add(new Entity("e2", "China", EntityType.LOCATION, mentions(body, "China"), 0.8));
    entities.add(
        new Entity(
            "e3", "Antony Blinken", EntityType.PERSON, mentions(body, "Antony Blinken"), 0.5));
    if (body.contains("Putin")) {
      entities.add(
          new Entity("e4", "Vladimir Putin", EntityType.PERSON, mentions(body, "Putin"), 0.3));
    }
    Quote quote =
        new Quote(
            "q1",
            quoted,
            quoteStart,
            quoteEnd,
            QuoteKind.DIRECT,
            new Speaker("Annalena Baerbock", "e1", new TextSpan(she, she + 3, "she")),
            new TextSpan(said, said + 4, "said"),
            0.9);
    Article article =
        new Article(
            Article.SCHEMA_VERSION,
            ArticleIds.idFor(null, title, body),
            null,
            "test",
            title,
            body,
            "en",
            publishedAt,
            publishedAt.plusSeconds(60),
            ArticleIds.contentHash(title, body));
    return EnrichedArticle.of(
        article,
        entities,
        List.of(quote),
        new Enrichment("hand-made", "test", publishedAt.plusSeconds(61)));
  }

  private static List<Mention> mentions(String body, String words) {
    List<Mention> found = new ArrayList<>();
    for (int at = body.indexOf(words); at >= 0; at = body.indexOf(words, at + words.length())) {
      found.add(new Mention(at, at + words.length(), words, TextField.BODY));
    }
    return found;
  }
}
