package dev.newsflow.sink.stream;

import java.time.Duration;

/**
 * Names of the sink's queryable state stores; their changelog topics are {@code
 * <application.id>-<store>-changelog}, so the names must stay stable.
 */
public final class SinkStores {

  /** Enriched articles by article id (key-value). */
  public static final String ARTICLES = "articles-store";

  /** Recent articles naming an entity, by entity name (key-value, {@code EntityArticles}). */
  public static final String ARTICLES_BY_ENTITY = "articles-by-entity";

  /** Mentions per entity per hour (window store, sum of mention counts). */
  public static final String ENTITY_MENTIONS_HOURLY = "entity-mentions-hourly";

  /** Recent quotes of a speaker, by speaker name (key-value, {@code SpeakerQuotes}). */
  public static final String QUOTES_BY_SPEAKER = "quotes-by-speaker";

  /** Entities a speaker talks about, with counts, by speaker name (key-value). */
  public static final String SPEAKER_ABOUT = "speaker-about";

  /**
   * Entities a speaker talks about per hour, by speaker name (window store, {@code SpeakerTopics}).
   */
  public static final String SPEAKER_ABOUT_HOURLY = "speaker-about-hourly";

  /** Size of the trending windows. */
  public static final Duration TRENDING_WINDOW = Duration.ofHours(1);

  /** How late a record may arrive and still count in its hour. */
  public static final Duration GRACE = Duration.ofMinutes(10);

  /** How long hourly counts are kept. */
  public static final Duration TRENDING_RETENTION = Duration.ofDays(2);

  private SinkStores() {}
}
