package dev.newsflow.events;

/**
 * Who said a quote.
 *
 * @param name canonical name ("Annalena Baerbock"), or null when unknown
 * @param entityId id of the entity in the article's entity list, or null
 * @param mention the words in the body that name the speaker ("she"), or null
 */
public record Speaker(String name, String entityId, TextSpan mention) {

  /** A speaker nobody could be found for. */
  public static final Speaker UNKNOWN = new Speaker(null, null, null);
}
