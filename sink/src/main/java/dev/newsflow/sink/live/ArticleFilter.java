package dev.newsflow.sink.live;

import dev.newsflow.events.EnrichedArticle;
import dev.newsflow.events.Entity;
import dev.newsflow.events.Quote;

/**
 * Which articles a live-stream client wants: those naming an entity and/or quoting a speaker
 * (canonical names, case-insensitive); no criterion lets every article through.
 *
 * @param entity entity name, or null
 * @param speaker speaker name, or null
 */
public record ArticleFilter(String entity, String speaker) {

  /** Whether the article meets every given criterion. */
  public boolean matches(EnrichedArticle article) {
    return (entity == null || namesEntity(article)) && (speaker == null || quotesSpeaker(article));
  }

  private boolean namesEntity(EnrichedArticle article) {
    if (article.entities() == null) {
      return false;
    }
    for (Entity e : article.entities()) {
      if (entity.equalsIgnoreCase(e.name())) {
        return true;
      }
    }
    return false;
  }

  private boolean quotesSpeaker(EnrichedArticle article) {
    if (article.quotes() == null) {
      return false;
    }
    for (Quote q : article.quotes()) {
      if (q.speaker() != null && speaker.equalsIgnoreCase(q.speaker().name())) {
        return true;
      }
    }
    return false;
  }
}
