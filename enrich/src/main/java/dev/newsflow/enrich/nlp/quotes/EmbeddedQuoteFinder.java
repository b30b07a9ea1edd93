package dev.newsflow.enrich.nlp.quotes;

import dev.newsflow.enrich.nlp.text.AnnotatedText;
import dev.newsflow.enrich.nlp.text.Token;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Attributes quoted words that stand inside someone's statement without a reporting verb of their
 * own ({@code the mayor blasted the council for its “reckless spending”}, {@code Rovira says the
 * buses “shook the street awake”}): the verb before the marks and its subject make a mixed quote
 * whose content runs from after the verb to the end of the sentence; when a reporting verb stands
 * before that subject ({@code Cruz says his rival ran “...”}), the reporting verb and its subject
 * do. Short quoted terms inside a noun phrase ({@code a “strategic partnership”}) are left alone as
 * scare quotes.
 */
final class EmbeddedQuoteFinder {

  private static final double STRENGTH = 0.5;
  private static final int MAX_VERBS_TRIED = 2;
  private static final Set<String> NOT_SPEECH =
      Set.of("has", "have", "had", "do", "does", "did", "got", "gets", "get");

  private final AnnotatedText text;
  private final QuotedSpans quoted;
  private final SpeakerPhraseFinder phrases;
  private final ReportingVerbs verbs;

  EmbeddedQuoteFinder(
      AnnotatedText text, QuotedSpans quoted, SpeakerPhraseFinder phrases, ReportingVerbs verbs) {
    this.text = text;
    this.quoted = quoted;
    this.phrases = phrases;
    this.verbs = verbs;
  }

  /**
   * The mixed quote around span {@code index}, if a verb with a subject stands before its marks in
   * its sentence, ending before {@code limit} (a code unit offset where another quote starts).
   */
  Optional<ReportedClause> find(int index, int limit) {
    QuotedSpan span = quoted.get(index);
    int openToken = text.firstTokenAtOrAfter(span.open());
    if (openToken >= text.size()) {
      return Optional.empty();
    }
    if (ScareQuotes.isTermInNounPhrase(text, span, openToken)) {
      return Optional.empty();
    }
    int sentence = text.token(openToken).sentence();
    int from = text.sentenceStart(sentence);
    int lower = from;
    for (int k = openToken - 1; k >= from; k--) {
      if (quoted.covers(text.token(k).start())) {
        lower = k + 1;
        break;
      }
    }
    int tried = 0;
    for (int v = openToken - 1; v >= lower && tried < MAX_VERBS_TRIED; v--) {
      Token verb = text.token(v);
      if (TokenWords.isClauseBreak(verb)) {
        return Optional.empty();
      }
      if (!isContentVerb(verb)) {
        continue;
      }
      tried++;
      Optional<SpeakerPhrase> subject = phrases.subjectOf(v, lower, verbs);
      if (subject.isPresent()) {
        int reporting = reportingVerbBetween(v, openToken);
        if (reporting < 0) {
          reporting = reportingVerbBefore(subject.get().first(), from);
        }
        Optional<SpeakerPhrase> reporter =
            reporting < 0 ? Optional.empty() : phrases.subjectOf(reporting, from, verbs);
        int cue = reporter.isPresent() ? reporting : v;
        subject = reporter.isPresent() ? reporter : subject;
        int end = contentEnd(text.sentenceEnd(sentence), limit);
        int first = cue + 1;
        if (first < end && text.token(first).is("that")) {
          first++;
        }
        if (end <= first || text.token(end - 1).end() < span.contentEnd()) {
          return Optional.empty();
        }
        return Optional.of(
            new ReportedClause(
                text.token(first).start(),
                Math.max(text.token(end - 1).end(), span.outerEnd()),
                new Attribution(cue, cue + 1, subject.get()),
                STRENGTH));
      }
    }
    return Optional.empty();
  }

  /**
   * The reporting verb whose clause holds the verb of the quoted words ({@code Cruz says his “old
   * friend” ran “...”}): the nearest verb that introduces a that-clause before token {@code
   * before}, back to token {@code lower} or a sentence break, passing over quoted words; -1 when
   * there is none.
   */
  private int reportingVerbBefore(int before, int lower) {
    for (int k = before - 1; k >= lower; k--) {
      Token token = text.token(k);
      if (quoted.covers(token.start())) {
        continue;
      }
      if (TokenWords.isSentenceFinal(token) || token.is(":")) {
        return -1;
      }
      if (isReporting(token)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * A reporting verb between the verb at {@code verb} and the quote ({@code defended the plan,
   * saying the line “pays for itself”}), or -1.
   */
  private int reportingVerbBetween(int verb, int openToken) {
    for (int k = openToken - 1; k > verb; k--) {
      if (isReporting(text.token(k))) {
        return k;
      }
    }
    return -1;
  }

  private boolean isReporting(Token token) {
    return verbs.introducesThatClause(token) && !token.tag().equals("VBN");
  }

  private static boolean isContentVerb(Token token) {
    return TokenWords.isFiniteVerb(token)
        && !token.tag().equals("MD")
        && !TokenWords.isBe(token)
        && !NOT_SPEECH.contains(token.text().toLowerCase(Locale.ROOT));
  }

  private int contentEnd(int sentenceEnd, int limit) {
    int end = sentenceEnd;
    while (end > 0 && text.token(end - 1).start() >= limit) {
      end--;
    }
    while (end > 0 && TokenWords.isSentenceFinal(text.token(end - 1))) {
      end--;
    }
    return end;
  }
}
