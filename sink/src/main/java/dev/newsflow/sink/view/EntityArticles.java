package dev.newsflow.sink.view;

import java.util.ArrayList;
import java.util.List;

/**
 * The most recent articles naming one entity, newest first, at most {@link #LIMIT}.
 *
 * @param articles article references, newest first
 */
public record EntityArticles(List<ArticleRef> articles) {

  /** How many articles are kept per entity. */
  public static final int LIMIT = 200;

  /** No articles yet. */
  public static EntityArticles empty() {
    return new EntityArticles(List.of());
  }

  /** Returns a copy with the article first; an article already listed moves to the front. */
  public EntityArticles with(ArticleRef article) {
    List<ArticleRef> next = new ArrayList<>(LIMIT);
    next.add(article);
    for (ArticleRef known : articles) {
      if (next.size() < LIMIT && !known.id().equals(article.id())) {
        next.add(known);
      }
    }
    return new EntityArticles(List.copyOf(next));
  }
}
