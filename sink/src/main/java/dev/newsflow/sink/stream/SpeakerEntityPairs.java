package dev.newsflow.sink.stream;

import dev.newsflow.events.EnrichedArticle;
import dev.newsflow.events.Entity;
import dev.newsflow.events.Mention;
import dev.newsflow.events.Quote;
import dev.newsflow.events.TextField;
import dev.newsflow.sink.view.EntityRef;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;

/**
 * Who talks about whom: for each quote with a known speaker, the entities named inside the quoted
 * words (the speaker excluded), keyed by speaker name.
 */
final class SpeakerEntityPairs {

  private SpeakerEntityPairs() {}

  static List<KeyValue<String, EntityRef>> of(EnrichedArticle article) {
    List<KeyValue<String, EntityRef>> pairs = new ArrayList<>();
    if (article.entities() == null || article.quotes() == null) {
      return pairs;
    }
    for (Quote quote : article.quotes()) {
      String speaker = quote.speaker() == null ? null : quote.speaker().name();
      if (speaker == null || speaker.isBlank()) {
        continue;
      }
      for (Entity entity : article.entities()) {
        if (entity.name() != null && !entity.name().equals(speaker) && namedIn(entity, quote)) {
          pairs.add(KeyValue.pair(speaker, new EntityRef(entity.name(), entity.type())));
        }
      }
    }
    return pairs;
  }

  private static boolean namedIn(Entity entity, Quote quote) {
    if (entity.mentions() == null) {
      return false;
    }
    for (Mention m : entity.mentions()) {
      if (m.field() != TextField.TITLE && m.start() >= quote.start() && m.end() <= quote.end()) {
        return true;
      }
    }
    return false;
  }
}
