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
import java.util.Optional;

/**
 * Turns a speaker phrase into a {@link Speaker}: a person or organization named by the phrase, a
 * pronoun resolved to a person of its gender (or of one we cannot tell, with a full name) in the
 * nearest sentence that names one, the one that sentence is about, else to the nearest person of
 * unknown gender (never a name inside quote marks), or the phrase itself ("US officials") when it
 * names no entity.
 */
final class SpeakerResolver {

  private static final int PARAGRAPH_WINDOW = 3;

  private final AnnotatedText text;
  private final ArticleEntities entities;
  private final QuotedSpans quoted;
  private final ReportingVerbs verbs;

  SpeakerResolver(
      AnnotatedText text, ArticleEntities entities, QuotedSpans quoted, ReportingVerbs verbs) {
    this.text = text;
    this.entities = entities;
    this.quoted = quoted;
    this.verbs = verbs;
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
        && (SpeakerPhraseFinder.isSpeakerPronoun(text.token(phrase.first()))
            || text.token(phrase.first()).tag().equals("PRP$"))) {
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
    String word = pronoun.lower();
    Gender wanted =
        switch (word) {
          case "he", "his" -> Gender.MALE;
          case "she", "her" -> Gender.FEMALE;
          default -> null;
        };
    Entity found = null;
    double weight = 0.7;
    if (wanted != null) {
      List<EntityMention> candidates = candidatesBefore(pronoun, PARAGRAPH_WINDOW);
      for (int c = 0; c < candidates.size(); c++) {
        if (fits(candidates.get(c), wanted)) {
          found = leadingInSentence(candidates, c, wanted, pronoun.sentence()).entity();
          weight = entities.gender(found) == wanted ? 0.9 : 0.8;
          break;
        }
      }
      for (int c = 0; found == null && c < candidates.size(); c++) {
        Entity candidate = candidates.get(c).entity();
        if (candidate.type() == EntityType.PERSON && entities.gender(candidate) == Gender.UNKNOWN) {
          found = candidate;
          weight = 0.7;
        }
      }
    } else if (word.equals("it") || word.equals("its")) {
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

  /**
   * Whether the candidate is a person of the wanted gender, or of a gender we cannot tell with a
   * full name (a single word tagged as a person is often no person: "Zika", "Snapchat").
   */
  private boolean fits(EntityMention candidate, Gender wanted) {
    if (candidate.entity().type() != EntityType.PERSON) {
      return false;
    }
    Gender gender = entities.gender(candidate.entity());
    boolean fullName = candidate.entity().name().indexOf(' ') > 0;
    return gender == wanted || (gender == Gender.UNKNOWN && fullName);
  }

  /**
   * The person a pronoun most likely stands for among the fitting candidates of the sentence of
   * candidate {@code nearest} (candidates run nearest first): the one a speech verb goes with
   * ({@code Kessler said}), else the subject of a finite verb, else the first named; in an earlier
   * sentence, not one inside a clause that opens it ({@code When Brandt spoke, Berg walked out. He
   * said} is Berg). As in centering theory, the next sentence is most often about that person, not
   * about the one named last ({@code Brandt urged the council to help Berg. He said} is Brandt).
   */
  private EntityMention leadingInSentence(
      List<EntityMention> candidates, int nearest, Gender wanted, int pronounSentence) {
    int sentence = sentenceOf(candidates.get(nearest));
    EntityMention first = candidates.get(nearest);
    EntityMention subject = null;
    EntityMention reporter = null;
    for (int c = nearest; c < candidates.size(); c++) {
      EntityMention candidate = candidates.get(c);
      if (sentenceOf(candidate) != sentence) {
        break;
      }
      boolean fronted = sentence != pronounSentence && inFrontedClause(candidate);
      if (fronted || !fits(candidate, wanted)) {
        continue;
      }
      first = candidate;
      subject = isSubject(candidate) ? candidate : subject;
      reporter = isReporter(candidate) ? candidate : reporter;
    }
    return reporter != null ? reporter : subject != null ? subject : first;
  }

  private int sentenceOf(EntityMention mention) {
    return text.token(text.firstTokenAtOrAfter(mention.start())).sentence();
  }

  /**
   * Whether a speech verb follows the mention right away ({@code Brandt said}) or stands right
   * before it with the clause ending after it ({@code said Peter Brandt, a banker}).
   */
  private boolean isReporter(EntityMention mention) {
    int next = text.firstTokenAtOrAfter(mention.end());
    int before = text.firstTokenAtOrAfter(mention.start()) - 1;
    boolean clauseEnds = next >= text.size() || text.token(next).isPunctuation();
    return (next < text.size() && verbs.introducesQuote(text.token(next)))
        || (before >= 0 && verbs.introducesQuote(text.token(before)) && clauseEnds);
  }

  /**
   * Whether the mention stands in a clause that opens its sentence with a subordinating word and
   * ends at the first comma ("When Mr. Trump tried to defend his remarks, Mr. Kasich differed").
   */
  private boolean inFrontedClause(EntityMention mention) {
    int at = text.firstTokenAtOrAfter(mention.start());
    int sentence = text.token(at).sentence();
    int first = text.sentenceStart(sentence);
    Token opening = text.token(first);
    boolean subordinate = opening.tag().equals("IN") || opening.tag().equals("WRB");
    if (!subordinate || first == at) {
      return false;
    }
    for (int i = first + 1; i < at; i++) {
      if (text.token(i).is(",")) {
        return false;
      }
    }
    return true;
  }

  /** Whether a finite verb follows the mention right away or after a comma-enclosed aside. */
  private boolean isSubject(EntityMention mention) {
    int next = text.firstTokenAtOrAfter(mention.end());
    if (next < text.size() && text.token(next).is(",")) {
      for (int i = next + 1; i < text.size() && i < next + 25; i++) {
        if (text.token(i).sentence() != text.token(next).sentence()) {
          return false;
        }
        if (text.token(i).is(",")) {
          next = i + 1;
          break;
        }
      }
    }
    return next < text.size() && TokenWords.isFiniteVerb(text.token(next));
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
