package dev.newsflow.local.run;

import dev.newsflow.events.EnrichedArticle;
import dev.newsflow.events.Entity;
import dev.newsflow.events.EntityType;
import dev.newsflow.events.Quote;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders an enriched article as a short readable summary for the terminal. */
final class ArticleSummary {

  private static final int QUOTE_CHARS = 90;

  private ArticleSummary() {}

  static String of(EnrichedArticle article) {
    StringBuilder out = new StringBuilder();
    out.append("== ")
        .append(
            article.title() == null || article.title().isBlank() ? "(untitled)" : article.title())
        .append("  [")
        .append(article.id())
        .append("]\n");
    Map<EntityType, List<Entity>> byType = new EnumMap<>(EntityType.class);
    for (Entity e : article.entities()) {
      byType.computeIfAbsent(e.type(), t -> new java.util.ArrayList<>()).add(e);
    }
    byType.forEach(
        (type, entities) ->
            out.append(String.format("   %-13s", type))
                .append(
                    entities.stream()
                        .map(
                            e ->
                                e.mentions().size() > 1
                                    ? e.name() + " x" + e.mentions().size()
                                    : e.name())
                        .collect(Collectors.joining(", ")))
                .append('\n'));
    out.append("   quotes: ").append(article.quotes().size()).append('\n');
    for (Quote q : article.quotes()) {
      out.append(String.format("     %-8s ", q.kind()))
          .append(speaker(q))
          .append(": \u201c")
          .append(shorten(q.text()))
          .append("\u201d\n");
    }
    return out.append('\n').toString();
  }

  private static String speaker(Quote q) {
    if (q.speaker() == null || q.speaker().name() == null) {
      return q.speaker() != null && q.speaker().mention() != null
          ? q.speaker().mention().text()
          : "(no speaker)";
    }
    var mention = q.speaker().mention();
    if (mention != null && !mention.text().equals(q.speaker().name())) {
      return q.speaker().name() + " (\u201c" + mention.text() + "\u201d)";
    }
    return q.speaker().name();
  }

  private static String shorten(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() <= QUOTE_CHARS ? flat : flat.substring(0, QUOTE_CHARS - 1) + "\u2026";
  }
}
