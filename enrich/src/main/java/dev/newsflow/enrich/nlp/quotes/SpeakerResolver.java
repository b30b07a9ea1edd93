package dev.newsflow.enrich.nlp.quotes;

import dev.newsflow.enrich.nlp.entities.ArticleEntities;
import dev.newsflow.enrich.nlp.entities.EntityMention;
import dev.newsflow.enrich.nlp.entities.Gender;
import dev.newsflow.enrich.nlp.text.AnnotatedText;
import dev.newsflow.enrich.nlp.text.Token;
import dev.newsflow.events.Entity;
import dev.newsflow.events.EntityType;
import dev.newsflow.events.Speaker;
import dev.newsflow.events.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a speaker phrase into a {@link Speaker}: a person or organization named by the phrase, a
 * pronoun resolved to the most recent compatible person (by guessed gender, then recency, never a
 * name inside quote marks), or the phrase itself ("US officials") when it names no entity.
 */
final class SpeakerResolver {

  private static final int PARAGRAPH_WINDOW = 3;

  private final AnnotatedText text;
  private final ArticleEntities entities;
  private final QuotedSpans quoted;

  SpeakerResolver(AnnotatedText text, ArticleEntities entities, QuotedSpans quoted) {
    this.text = text;
    this.entities = entities;
    this.quoted = quoted;
  }

  /**
   * Resolves a phrase; one that speaks through a relative pronoun ({@code Ana Lind, who said})
   * keeps its entity with the pronoun as the mention, as a personal pronoun would.
   */
  ResolvedSpeaker resolve(SpeakerPhrase phrase) {
    ResolvedSpeaker resolved = resolveWords(phrase);
    if (phrase.relative() < 0) {
      return resolved;
    }
    Speaker speaker = resolved.speaker();
    return new ResolvedSpeaker(
        new Speaker(speaker.name(), speaker.entityId(), spanOf(text.token(phrase.relative()))),
        resolved.weight());
  }

  private ResolvedSpeaker resolveWords(SpeakerPhrase phrase) {
    if (phrase.isSingleToken()
        && SpeakerPhraseFinder.isSpeakerPronoun(text.token(phrase.first()))) {
      return resolvePronoun(text.token(phrase.first()));
    }
    int start = text.token(phrase.first()).start();
    int end = text.token(phrase.end() - 1).end();
    if (isAge(phrase)) {
      return nearestPersonBefore(phrase, new TextSpan(start, end, text.slice(start, end)));
    }
    List<EntityMention> within = entities.mentionsWithin(start, end);
    Token headLast = text.token(phrase.headEnd() - 1);
    boolean commonHead = headLast.isNoun() && !headLast.isProperNoun() && !headLast.isCapitalized();
    EntityMention lastPerson = null;
    long persons =
        within.stream()
            .filter(m -> m.entity().type() == EntityType.PERSON)
            .map(m -> m.entity().id())
            .distinct()
            .count();
    for (EntityMention mention : within) {
      if (mention.entity().type() == EntityType.PERSON) {
        lastPerson = mention;
      }
    }
    if (lastPerson != null && persons == 1 && !commonHead) {
      return named(lastPerson, 1.0);
    }
    Optional<EntityMention> head = entities.mentionAt(headLast.start());
    boolean personHead = head.isPresent() && head.get().entity().type() == EntityType.PERSON;
    if (head.isPresent() && (persons <= 1 || personHead)) {
      return named(head.get(), 0.95);
    }
    String words = text.slice(start, end);
    return new ResolvedSpeaker(new Speaker(words, null, new TextSpan(start, end, words)), 0.85);
  }

  private ResolvedSpeaker resolvePronoun(Token pronoun) {
    TextSpan mention = spanOf(pronoun);
    String word = pronoun.text().toLowerCase(Locale.ROOT);
    Gender wanted =
        switch (word) {
          case "he" -> Gender.MALE;
          case "she" -> Gender.FEMALE;
          default -> null;
        };
    Entity found = null;
    double weight = 0.7;
    if (wanted != null) {
      Entity unknownGender = null;
      for (EntityMention candidate : candidatesBefore(pronoun, PARAGRAPH_WINDOW)) {
        if (candidate.entity().type() != EntityType.PERSON) {
          continue;
        }
        Gender gender = entities.gender(candidate.entity());
        if (gender == wanted) {
          found = candidate.entity();
          weight = 0.9;
          break;
        }
        if (gender == Gender.UNKNOWN && unknownGender == null) {
          unknownGender = candidate.entity();
        }
      }
      if (found == null && unknownGender != null) {
        found = unknownGender;
        weight = 0.8;
      }
    } else if (word.equals("it")) {
      for (EntityMention candidate : candidatesBefore(pronoun, 1)) {
        if (candidate.entity().type() == EntityType.ORGANIZATION) {
          found = candidate.entity();
          weight = 0.8;
          break;
        }
      }
    }
    if (found == null) {
      return new ResolvedSpeaker(new Speaker(null, null, mention), weight);
    }
    return new ResolvedSpeaker(new Speaker(found.name(), found.id(), mention), weight);
  }

  /** Whether the phrase is only an age after "the" ({@code the 43-year-old}). */
  private boolean isAge(SpeakerPhrase phrase) {
    return phrase.end() - phrase.first() > 1
        && text.token(phrase.first()).is("the")
        && TokenWords.endsAge(text, phrase.end() - 1);
  }

  /** The person named last before a phrase that stands for someone ({@code the 43-year-old}). */
  private ResolvedSpeaker nearestPersonBefore(SpeakerPhrase phrase, TextSpan mention) {
    for (EntityMention candidate : candidatesBefore(text.token(phrase.first()), PARAGRAPH_WINDOW)) {
      if (candidate.entity().type() == EntityType.PERSON) {
        Entity found = candidate.entity();
        return new ResolvedSpeaker(new Speaker(found.name(), found.id(), mention), 0.8);
      }
    }
    return new ResolvedSpeaker(new Speaker(mention.text(), null, mention), 0.7);
  }

  /** Body mentions before the token, nearest first, outside quote marks, within some paragraphs. */
  private List<EntityMention> candidatesBefore(Token token, int paragraphs) {
    int paragraph = text.paragraphOf(token.start());
    List<EntityMention> mentions = entities.bodyMentions();
    List<EntityMention> result = new ArrayList<>();
    for (int i = entities.lastMentionIndexBefore(token.start()); i >= 0; i--) {
      EntityMention mention = mentions.get(i);
      if (text.paragraphOf(mention.start()) < paragraph - paragraphs) {
        break;
      }
      if (!quoted.covers(mention.start())) {
        result.add(mention);
      }
    }
    return result;
  }

  private static TextSpan spanOf(Token token) {
    return new TextSpan(token.start(), token.end(), token.text());
  }

  private static ResolvedSpeaker named(EntityMention mention, double weight) {
    Entity entity = mention.entity();
    return new ResolvedSpeaker(
        new Speaker(
            entity.name(),
            entity.id(),
            new TextSpan(mention.start(), mention.end(), mention.text())),
        weight);
  }
}
