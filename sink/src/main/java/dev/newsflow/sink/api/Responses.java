package dev.newsflow.sink.api;

import dev.newsflow.events.QuoteEvent;
import dev.newsflow.sink.view.ArticleRef;
import dev.newsflow.sink.view.EntityCount;
import java.time.Instant;
import java.util.List;

/** JSON bodies of the query API's successful responses. */
final class Responses {

  private Responses() {}

  /**
   * {@code GET /articles}: the matching articles.
   *
   * @param articles newest first
   */
  record ArticleList(List<ArticleRef> articles) {}

  /**
   * {@code GET /quotes}: a speaker's recent quotes.
   *
   * @param speaker the speaker asked for
   * @param quotes newest first
   */
  record QuoteList(String speaker, List<QuoteEvent> quotes) {}

  /**
   * {@code GET /entities/trending}: the most mentioned entities of the last hours.
   *
   * @param window the window asked for, e.g. {@code 1h}
   * @param from start of the oldest hourly window counted
   * @param entities highest count first
   */
  record Trending(String window, Instant from, List<EntityCount> entities) {}

  /**
   * {@code GET /speakers/{name}/about}: whom a speaker talks about.
   *
   * @param speaker the speaker
   * @param entities entities named inside the speaker's quotes, most often first
   */
  record SpeakerAbout(String speaker, List<EntityCount> entities) {}

  /**
   * {@code GET /speakers/{name}/about?window=..}: whom a speaker talked about lately.
   *
   * @param speaker the speaker
   * @param window the window asked for, e.g. {@code 1h}
   * @param from start of the oldest hourly window counted (the one overlapping now - window)
   * @param entities entities named inside the speaker's quotes in those windows, most often first
   */
  record SpeakerAboutRecent(
      String speaker, String window, Instant from, List<EntityCount> entities) {}
}
