package dev.newsflow.enrich.nlp.quotes;

import dev.newsflow.enrich.nlp.text.AnnotatedText;
import dev.newsflow.enrich.nlp.text.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A that-clause after a predicate no speech rule reads: {@code His donors remain confident that he
 * will win}, {@code He made the observation that ...}, {@code Trump said in an interview with The
 * Washington Post that ...}. The subject of the clause's main verb holds what the that-clause says;
 * the words from that verb to "that" are the cue. Runs last and keeps off what the other rules
 * took.
 */
final class ThatComplements {

  /** Confidence factor of a cue with no word of the learned lexicon in it. */
  private static final double UNLEARNED = 0.5;

  private static final double STRENGTH = 0.7;
  private static final int MAX_CUE = 12;
  private static final int MAX_CLAUSE_SUBJECT = 10;
  private static final int MIN_CONTENT = 3;

  /** Words before "that" that make it no complementizer of a statement ({@code so that}). */
  private static final Set<String> NOT_STATEMENT =
      Set.of("now", "given", "except", "fact", "order", "provided", "assuming");

  /** Verbs whose that-clause is a consequence, not anyone's statement ({@code means that}). */
  private static final Set<String> NOT_CUES =
      Set.of("mean", "means", "meant", "ensure", "ensures", "ensured");

  private static final Set<String> EXPLETIVES = Set.of("it", "there", "this", "that", "what");

  private final AnnotatedText text;
  private final QuotedSpans quoted;
  private final AttributionCues cues;
  private final SpeakerPhraseFinder phrases;
  private final ClauseSpans spans;

  ThatComplements(
      AnnotatedText text,
      QuotedSpans quoted,
      AttributionCues cues,
      SpeakerPhraseFinder phrases,
      ClauseSpans spans) {
    this.text = text;
    this.quoted = quoted;
    this.cues = cues;
    this.phrases = phrases;
    this.spans = spans;
  }

  /** Adds the that-clauses of the sentence at tokens {@code [from, to)} no clause holds yet. */
  void find(int from, int to, List<ReportedClause> out) {
    for (int t = from + 2; t + MIN_CONTENT < to; t++) {
      Token that = text.token(t);
      if (!that.is("that")
          || !that.tag().equals("IN")
          || quoted.covers(that.start())
          || NOT_STATEMENT.contains(text.token(t - 1).lower())
          || !opensClause(t + 1, to)) {
        continue;
      }
      int verb = mainVerb(t, from);
      if (verb < 0
          || NOT_CUES.contains(text.token(verb).lower())
          || isBareBe(verb, t)
          || holdsDegree(verb, t)) {
        continue;
      }
      int content = t + 1;
      int end = spans.wordsEnd(content, spans.contentEnd(content, to));
      if (end - content < MIN_CONTENT || spans.takenBy(out, content, end)) {
        continue;
      }
      Optional<SpeakerPhrase> found = phrases.subjectBefore(verb, spans.lowerBound(from, verb));
      if (found.isPresent() && isExpletive(found.get()) && hasPassiveCue(verb, t)) {
        Attribution unnamed = new Attribution(verb, t, null);
        out.add(spans.unsourced(content, end, unnamed, STRENGTH * cueStrength(verb, t)));
        continue;
      }
      Optional<SpeakerPhrase> subject =
          found
              .filter(p -> p.relative() < 0)
              .filter(p -> !isExpletive(p))
              .filter(p -> !spans.isQuotedFirstOrSecondPerson(p));
      if (subject.isEmpty()) {
        continue;
      }
      Attribution attribution = new Attribution(verb, t, subject.get());
      out.add(spans.clause(content, end, attribution, STRENGTH * cueStrength(verb, t)));
    }
  }

  /**
   * The finite verb of the clause "that" at token {@code t} completes: the nearest one before it,
   * within {@link #MAX_CUE} tokens and with no clause break, quote or other "that" between; -1 when
   * none.
   */
  private int mainVerb(int t, int from) {
    for (int k = t - 1; k >= from && k >= t - MAX_CUE; k--) {
      Token token = text.token(k);
      if (TokenWords.isFiniteVerb(token)) {
        return token.tag().equals("MD") ? -1 : k;
      }
      if (TokenWords.isClauseBreak(token)
          || token.is("that")
          || token.tag().startsWith("W")
          || quoted.covers(token.start())) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether a clause with its own subject, a noun phrase or a gerund ({@code meeting relatives ...
   * has}), and a finite verb starts at token {@code k}.
   */
  private boolean opensClause(int k, int to) {
    Token first = text.token(k);
    if ((first.isVerb() && !first.tag().equals("VBG"))
        || first.isPunctuation()
        || first.tag().equals("IN")) {
      return false;
    }
    return TokenWords.firstFiniteVerb(text, k + 1, Math.min(to, k + 1 + MAX_CLAUSE_SUBJECT))
        < Math.min(to, k + 1 + MAX_CLAUSE_SUBJECT);
  }

  /**
   * {@code It was widely reported that ...}: a participle of the learned lexicon after an
   * expletive, whose that-clause names no source.
   */
  private boolean hasPassiveCue(int verb, int that) {
    for (int i = verb + 1; i < that; i++) {
      Token token = text.token(i);
      if (token.tag().equals("VBN") && cues.cueOf(token).strength() > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code The problem is that}, {@code The fear is not that}: a form of "be", adverbs after it.
   */
  private boolean isBareBe(int verb, int that) {
    if (!TokenWords.isBe(text.token(verb))) {
      return false;
    }
    for (int i = verb + 1; i < that; i++) {
      if (!text.token(i).tag().startsWith("RB")) {
        return false;
      }
    }
    return true;
  }

  /** {@code so high that}, {@code such a problem that}: a clause of degree, no statement. */
  private boolean holdsDegree(int verb, int that) {
    for (int i = verb + 1; i < that; i++) {
      if (text.token(i).is("so") || text.token(i).is("such")) {
        return true;
      }
    }
    return false;
  }

  private boolean isExpletive(SpeakerPhrase phrase) {
    return phrase.isSingleToken() && EXPLETIVES.contains(text.token(phrase.first()).lower());
  }

  /** The strongest learned cue among the tokens {@code [verb, that)}, or {@link #UNLEARNED}. */
  private double cueStrength(int verb, int that) {
    double strength = 0;
    for (int i = verb; i < that; i++) {
      Token token = text.token(i);
      strength = Math.max(strength, cues.cueOf(token).strength());
      strength = Math.max(strength, cues.nounCueOf(token).strength());
    }
    return strength > 0 ? strength : UNLEARNED;
  }
}
