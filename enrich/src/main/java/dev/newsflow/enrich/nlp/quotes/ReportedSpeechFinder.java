package dev.newsflow.enrich.nlp.quotes;

import dev.newsflow.enrich.nlp.text.AnnotatedText;
import dev.newsflow.enrich.nlp.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds reported speech sentence by sentence: {@code X said/told Reuters that CLAUSE}, {@code X
 * said CLAUSE} for say-like verbs, {@code CLAUSE, X said.}, {@code As X said, CLAUSE}, {@code
 * According to X, CLAUSE}, {@code CLAUSE, according to X ...} and {@code X: CLAUSE} (headlines,
 * transcripts), what a poll found ({@link PollFindings}) and a question put to someone ({@link
 * QuestionsPut}); then quotes in an archive's two apostrophes ({@link ArchiveQuoteFinder}) and the
 * learned cues ({@link LearnedCueFinder}). Cues inside quote marks are ignored; the caller decides
 * whether quote marks in the clause make it mixed.
 */
final class ReportedSpeechFinder {

  private static final double THAT_CLAUSE = 0.8;
  private static final double BARE_CLAUSE = 0.65;
  private static final double POSTPOSED = 0.7;
  private static final double ACCORDING_TO = 0.7;
  private static final Set<String> MEDIUM_PREPOSITIONS = Set.of("in", "on", "at", "during");
  private static final int MAX_MEDIUM_NOUNS = 3;
  private static final double PREPOSED = 0.6;
  private static final int MAX_PREPOSED_LEAD = 4;
  private static final int MAX_PREPOSED_ADJUNCT = 6;
  private static final int MAX_PREPOSED_SUBJECT = 12;
  private static final int MAX_PARENTHETICAL_CUE = 8;
  private static final int MAX_THAT_DISTANCE = 12;
  private static final int MAX_POSTPOSED_TAIL = 24;
  private static final int MAX_SUBJECT_LENGTH = 22;
  private static final int MAX_NAMED_DISTANCE = 12;
  private static final int MAX_SOURCE_TAIL = 20;
  private static final int MAX_APPOSITIVE = 12;
  private static final double NAMING = 0.7;
  private static final double HEADLINE = 0.6;
  private static final int MAX_HEADLINE_NAME = 4;
  private static final int MIN_HEADLINE_CONTENT = 3;

  /** Common nouns that stand for a source before a headline's colon ({@code Report: ...}). */
  private static final Set<String> HEADLINE_SOURCES =
      Set.of("report", "reports", "newspaper", "insiders", "sources", "officials", "aides");

  /** Words that open a condition or time clause a bare reported clause may start with. */
  private static final Set<String> CONDITION_OPENERS =
      Set.of("if", "when", "once", "unless", "because", "while", "after", "before");

  private static final Set<String> NAMING_VERBS =
      Set.of(
          "call",
          "calls",
          "called",
          "calling",
          "described",
          "describes",
          "labeled",
          "labelled",
          "dubbed",
          "branded",
          "termed");

  private static final double MIN_TAIL_CUE = 0.5;

  private final AnnotatedText text;
  private final QuotedSpans quoted;
  private final ReportingVerbs verbs;
  private final AttributionCues cues;
  private final SpeakerPhraseFinder phrases;
  private final ClauseSpans spans;
  private final LearnedCueFinder learned;
  private final ArchiveQuoteFinder archive;
  private final PollFindings polls;
  private final QuestionsPut questions;
  private final ThatComplements thatComplements;

  ReportedSpeechFinder(
      AnnotatedText text,
      QuotedSpans quoted,
      ReportingVerbs verbs,
      AttributionCues cues,
      SpeakerPhraseFinder phrases) {
    this.text = text;
    this.quoted = quoted;
    this.verbs = verbs;
    this.cues = cues;
    this.phrases = phrases;
    this.spans = new ClauseSpans(text, quoted, verbs);
    this.learned = new LearnedCueFinder(text, quoted, verbs, cues, phrases, spans);
    this.archive = new ArchiveQuoteFinder(text, verbs, phrases, spans, this::tailAttribution);
    this.polls = new PollFindings(text, spans);
    this.questions = new QuestionsPut(text, quoted, spans);
    this.thatComplements = new ThatComplements(text, quoted, cues, phrases, spans);
  }

  /** Returns the reported clauses of the text in text order. */
  List<ReportedClause> find() {
    List<ReportedClause> clauses = new ArrayList<>();
    for (int s = 0; s < text.sentenceCount(); s++) {
      int from = text.sentenceStart(s);
      int to = text.sentenceEnd(s);
      accordingTo(from, to, clauses);
      complementClauses(from, to, clauses);
      namedInQuotes(from, to, clauses);
      postposed(from, to, clauses);
      postposedBeforeParticiple(from, to, clauses);
      preposed(from, to, clauses);
      parenthetical(from, to, clauses);
      accordingToInside(from, to, clauses);
      headline(from, to, clauses);
      polls.find(from, to, clauses);
      questions.find(from, to, clauses);
    }
    archive.find(clauses);
    for (int s = 0; s < text.sentenceCount(); s++) {
      learned.find(text.sentenceStart(s), text.sentenceEnd(s), clauses);
      thatComplements.find(text.sentenceStart(s), text.sentenceEnd(s), clauses);
    }
    clauses.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return clauses;
  }

  /**
   * {@code Lynch: FBI probe faced no outside influence}: a sentence that opens with the name of a
   * person or organization, a poll or a report (up to four nouns) and a colon reports what follows,
   * to the end of its paragraph when the name opens one, as headlines and transcripts write it,
   * when a verb follows (a profile headline has none: {@code Arthur Hailey: King of the
   * bestsellers}). Quoted words after the colon are part of it ({@code Issa: Clinton's ‘Honesty Is
   * In Question’}), which makes it mixed.
   */
  private void headline(int from, int to, List<ReportedClause> out) {
    int colon = from;
    while (colon < to && colon - from < MAX_HEADLINE_NAME && text.token(colon).isNoun()) {
      colon++;
    }
    if (colon == from || colon + MIN_HEADLINE_CONTENT >= to || !text.token(colon).is(":")) {
      return;
    }
    if (!namesSource(text.token(colon - 1))) {
      return;
    }
    int content = colon + 1;
    int end = spans.wordsEnd(content, turnEnd(from, to));
    if (!holdsVerb(content, end)) {
      return;
    }
    int cue = colon;
    phrases
        .phraseAt(from, colon)
        .filter(p -> p.end() == cue)
        .ifPresent(
            p -> out.add(spans.clause(content, end, new Attribution(cue, cue + 1, p), HEADLINE)));
  }

  /**
   * Whether the last word of a name before a colon names a person or organization: by its own
   * entity tag, by the tag the same word has elsewhere in the text ({@code Lynch}, untagged in a
   * headline, is Loretta Lynch's name below it), or as a poll ({@code Poll: ...}).
   */
  private boolean namesSource(Token last) {
    if (isPersonOrOrganization(last)
        || SpeakerPhraseFinder.isPollNoun(last)
        || HEADLINE_SOURCES.contains(last.lower())) {
      return true;
    }
    for (int i = 0; i < text.size(); i++) {
      Token token = text.token(i);
      if (token.text().equals(last.text()) && isPersonOrOrganization(token)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPersonOrOrganization(Token token) {
    return token.ner().equals("PERSON") || token.ner().equals("ORGANIZATION");
  }

  /**
   * Whether a verb of any form or a modal stands in the tokens {@code [first, end)} (a headline's
   * title case has the tagger read some tensed verbs as participles: {@code AP: Trump chair routed
   * ...}).
   */
  private boolean holdsVerb(int first, int end) {
    for (int i = first; i < end; i++) {
      Token token = text.token(i);
      if (token.isVerb() || token.tag().equals("MD")) {
        return true;
      }
    }
    return false;
  }

  /**
   * One past the last token of what a name before a colon says: its paragraph, when the name opens
   * one (a transcript's turn, {@code BOULDUAN: ... . ...}); else its sentence.
   */
  private int turnEnd(int from, int to) {
    int paragraph = text.paragraphOf(text.token(from).start());
    if (text.firstTokenAtOrAfter(text.paragraphStart(paragraph)) != from) {
      return to;
    }
    return Math.max(to, text.lastTokenEndingBy(text.paragraphEnd(paragraph)) + 1);
  }

  private void complementClauses(int from, int to, List<ReportedClause> out) {
    for (int v = from; v < to; v++) {
      Token verb = text.token(v);
      if (!verbs.introducesThatClause(verb) || quoted.covers(verb.start())) {
        continue;
      }
      if (verb.tag().equals("VBN") && v > from && TokenWords.isBe(text.token(v - 1))) {
        continue;
      }
      double strength = THAT_CLAUSE;
      int content = thatClauseStart(v, to);
      if (content < 0 && !verb.tag().equals("VBG")) {
        content = bareClauseStart(v, to);
        strength = BARE_CLAUSE;
      }
      if (content < 0) {
        continue;
      }
      int lower = spans.lowerBound(from, v);
      Optional<SpeakerPhrase> subject =
          phrases.subjectOf(v, lower, verbs).filter(p -> !spans.isQuotedFirstOrSecondPerson(p));
      int end = spans.subordinateEnd(from, v, spans.contentEnd(content, to));
      if (subject.isPresent() && isNonRestrictiveRelative(subject.get())) {
        end = relativeClauseEnd(content, end);
      }
      if (end - content < 3) {
        continue;
      }
      boolean inherits =
          subject.isEmpty() && verb.tag().equals("VBG") && v > from && text.token(v - 1).is(",");
      if (subject.isEmpty() && !inherits) {
        continue;
      }
      out.add(
          spans.clause(content, end, new Attribution(v, v + 1, subject.orElse(null)), strength));
    }
  }

  /** Whether the subject speaks through {@code , who} or {@code , which} between commas. */
  private boolean isNonRestrictiveRelative(SpeakerPhrase subject) {
    int relative = subject.relative();
    return relative > 0 && text.token(relative - 1).is(",");
  }

  /**
   * {@code Ana, who thinks the plan is late, called it “a mess”}: a clause reported inside a
   * relative clause between commas ends at the comma before the main clause's verb.
   */
  private int relativeClauseEnd(int content, int end) {
    for (int i = content + 1; i + 1 < end; i++) {
      int next = i + 1;
      while (next + 1 < end && text.token(next).tag().startsWith("RB")) {
        next++;
      }
      if (text.token(i).is(",") && TokenWords.isFiniteVerb(text.token(next))) {
        return i;
      }
    }
    return end;
  }

  /** {@code X called the plan “a disaster”}: the object and the quoted words it is called. */
  private void namedInQuotes(int from, int to, List<ReportedClause> out) {
    for (int v = from; v + 1 < to; v++) {
      Token verb = text.token(v);
      if (!verb.isVerb()
          || !NAMING_VERBS.contains(verb.text().toLowerCase(Locale.ROOT))
          || quoted.covers(verb.start())
          || isNameAfterNoun(v, from)) {
        continue;
      }
      int span = quoted.firstOpeningAtOrAfter(verb.end());
      if (span < 0) {
        continue;
      }
      int openToken = text.firstTokenAtOrAfter(quoted.get(span).open());
      if (openToken >= to
          || openToken > v + MAX_NAMED_DISTANCE
          || TokenWords.hasFiniteVerb(text, v + 1, openToken)) {
        continue;
      }
      Optional<SpeakerPhrase> subject = phrases.subjectOf(v, spans.lowerBound(from, v), verbs);
      int end = text.lastTokenEndingBy(quoted.get(span).outerEnd());
      if (subject.isPresent() && end > v) {
        out.add(spans.clause(v + 1, end + 1, new Attribution(v, v + 1, subject.get()), NAMING));
      }
    }
  }

  /**
   * Whether a naming verb is a participle between a noun and quoted words ({@code a class called
   * “Perception”}): the quoted words are the thing's name, which nobody says.
   */
  private boolean isNameAfterNoun(int v, int from) {
    return text.token(v).tag().equals("VBN")
        && v > from
        && text.token(v - 1).isNoun()
        && v + 1 < text.size()
        && quoted.opensAt(text.token(v + 1).start());
  }

  private int thatClauseStart(int verb, int to) {
    for (int m = verb + 1; m < to && m <= verb + MAX_THAT_DISTANCE; m++) {
      Token token = text.token(m);
      if (token.is("that")) {
        return m + 1 < to ? m + 1 : -1;
      }
      if (token.isVerb() || TokenWords.isClauseBreak(token)) {
        return -1;
      }
    }
    return -1;
  }

  private int bareClauseStart(int verb, int to) {
    int k = verb + 1;
    if (TokenWords.isTell(text.token(verb))) {
      k = addresseeEnd(k, to);
    }
    k = TokenWords.timePhraseEnd(text, k, to);
    int medium = mediumEnd(k, to);
    boolean afterMedium = medium > k;
    k = TokenWords.timePhraseEnd(text, medium, to);
    if (k < to && text.token(k).is(":")) {
      k++;
    }
    if (k >= to) {
      return -1;
    }
    if (k + 1 < to && text.token(k).tag().equals("RB") && !text.token(k).is("not")) {
      k++;
    }
    Token first = text.token(k);
    boolean subjectLike =
        first.tag().equals("PRP")
            || first.tag().equals("EX")
            || first.tag().equals("DT")
            || first.tag().equals("PRP$")
            || first.tag().equals("CD")
            || first.isNoun()
            || (k + 1 < to && text.token(k + 1).tag().equals("HYPH"));
    boolean condition =
        !afterMedium && CONDITION_OPENERS.contains(first.text().toLowerCase(Locale.ROOT));
    if ((!subjectLike && !condition) || first.is("that")) {
      return -1;
    }
    for (int m = k + 1; m < to && m <= k + MAX_SUBJECT_LENGTH; m++) {
      Token token = text.token(m);
      if (TokenWords.isFiniteVerb(token)) {
        return k;
      }
      boolean opensQuote = quoted.opensAt(token.start());
      if (token.isPunctuation()
          && !opensQuote
          && !token.tag().equals("HYPH")
          && !token.tag().equals("POS")) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * One past a short phrase naming where or how something was said that starts at token {@code k}
   * ({@code in a statement}, {@code on Twitter}, {@code at a news conference}), or {@code k}.
   */
  private int mediumEnd(int k, int to) {
    if (k >= to || !MEDIUM_PREPOSITIONS.contains(text.token(k).text())) {
      return k;
    }
    int j = k + 1;
    if (j < to && (text.token(j).tag().equals("DT") || text.token(j).tag().equals("PRP$"))) {
      j++;
    }
    while (j < to && text.token(j).tag().startsWith("JJ")) {
      j++;
    }
    int nouns = j;
    while (j < to && j - nouns < MAX_MEDIUM_NOUNS && text.token(j).isNoun()) {
      j++;
    }
    return j > nouns ? j : k;
  }

  /**
   * The first token after whom something was told: a noun phrase opened by a determiner ({@code
   * told the AP her group ...}), else pronouns, plural and proper nouns up to the next determiner
   * ({@code told reporters the plan ...}).
   */
  private int addresseeEnd(int k, int to) {
    if (k + 1 < to && text.token(k).tag().equals("DT") && text.token(k + 1).isNoun()) {
      int end = k + 1;
      while (end < to && text.token(end).isNoun()) {
        end++;
      }
      return end;
    }
    int first = k;
    while (k < to && isObjectToken(text.token(k))) {
      boolean nextPhrase = k > first && text.token(k).tag().equals("DT");
      if (nextPhrase && text.token(k - 1).isNoun()) {
        break;
      }
      k++;
    }
    return k;
  }

  private static boolean isObjectToken(Token token) {
    String tag = token.tag();
    return (tag.equals("PRP") && !SpeakerPhraseFinder.isSpeakerPronoun(token))
        || tag.equals("NNS")
        || tag.equals("NNP")
        || (tag.equals("NN") && token.isCapitalized())
        || (tag.equals("DT") && !token.is("that"));
  }

  /**
   * {@code CLAUSE, X said.}, also when a participle clause follows the cue ({@code CLAUSE, X said,
   * adding that ...}), whose own clause the complement rule reads; each clause a semicolon ends is
   * read on its own ({@code CLAUSE, X said; ...}).
   */
  private void postposed(int from, int to, List<ReportedClause> out) {
    int segment = from;
    for (int k = from; k < to; k++) {
      if (text.token(k).is(";") && !quoted.covers(text.token(k).start())) {
        postposedIn(segment, k + 1, out);
        segment = k + 1;
      }
    }
    postposedIn(segment, to, out);
  }

  /** {@link #postposed} in one clause of a sentence, up to a semicolon or the sentence end. */
  private void postposedIn(int from, int to, List<ReportedClause> out) {
    int end = to;
    while (end > from && TokenWords.isSentenceFinal(text.token(end - 1))) {
      end--;
    }
    int participle = -1;
    for (int c = end - 1; c > from + 3 && c >= end - MAX_POSTPOSED_TAIL; c--) {
      Token token = text.token(c);
      if (TokenWords.isQuoteMark(token) || quoted.covers(token.start())) {
        return;
      }
      if (!token.text().equals(",")) {
        continue;
      }
      if (!TokenWords.hasClauseVerb(text, from, c) || quoted.covers(text.token(c - 1).start())) {
        return;
      }
      Optional<Attribution> attribution = tailAttribution(c + 1, end);
      if (attribution.isEmpty() && participle > c) {
        attribution = tailAttribution(c + 1, participle);
      }
      if (c + 1 < end && text.token(c + 1).tag().equals("VBG")) {
        participle = c;
      }
      if (attribution.isPresent()) {
        int start = spans.firstWord(from, c);
        if (c - start >= 4) {
          out.add(spans.clause(start, c, attribution.get(), POSTPOSED));
        }
        return;
      }
    }
  }

  /**
   * {@code CLAUSE, X said, adding ...}: a tail between commas followed by a speech verb's
   * participle, however long what the participle adds ({@code adding, “...”}, {@code adding that
   * ...}), which the tail rule, reading back from the sentence end, does not reach.
   */
  private void postposedBeforeParticiple(int from, int to, List<ReportedClause> out) {
    for (int c = from + 4; c + 2 < to; c++) {
      if (!text.token(c).is(",") || quoted.covers(text.token(c).start())) {
        continue;
      }
      int participle = c + 2;
      while (participle + 1 < to
          && participle <= c + MAX_SOURCE_TAIL
          && !text.token(participle).is(",")) {
        participle++;
      }
      if (participle + 1 >= to
          || !text.token(participle).is(",")
          || !text.token(participle + 1).tag().equals("VBG")
          || !verbs.introducesQuote(text.token(participle + 1))) {
        continue;
      }
      Optional<Attribution> attribution = tailAttribution(c + 1, participle);
      int start = spans.firstWord(from, c);
      if (attribution.isEmpty()
          || c - start < 4
          || !TokenWords.hasClauseVerb(text, start, c)
          || spans.holdsQuotedWords(start, c)
          || spans.takenBy(out, start, c)) {
        continue;
      }
      out.add(spans.clause(start, c, attribution.get(), POSTPOSED));
      return;
    }
  }

  /**
   * {@code [As] X said [adjunct], CLAUSE.}: a cue that opens the sentence and ends at a comma,
   * before the reported clause ({@code As the mayor put it, ...}, {@code Rather, he said, ...}).
   */
  private void preposed(int from, int to, List<ReportedClause> out) {
    int leadEnd = Math.min(to, from + MAX_PREPOSED_LEAD + 1);
    for (int v = from + 1; v < to && v <= leadEnd + MAX_PREPOSED_SUBJECT; v++) {
      Token verb = text.token(v);
      if (TokenWords.isClauseBreak(verb) || quoted.covers(verb.start())) {
        return;
      }
      if (!TokenWords.isFiniteVerb(verb)) {
        continue;
      }
      if (!verbs.introducesThatClause(verb)) {
        return;
      }
      Optional<SpeakerPhrase> subject = phrases.subjectOf(v, from, verbs);
      int comma = commaAfterCue(v, to);
      if (subject.isEmpty() || subject.get().first() > leadEnd || comma < 0) {
        return;
      }
      int end = spans.contentEnd(comma + 1, to);
      if (end - comma - 1 >= 4
          && TokenWords.hasFiniteVerb(text, comma + 1, end)
          && !spans.takenBy(out, comma + 1, end)) {
        out.add(spans.clause(comma + 1, end, new Attribution(v, v + 1, subject.get()), PREPOSED));
      }
      return;
    }
  }

  /**
   * {@code A, X said, B.}: a cue between commas inside the sentence splits the statement in two
   * pieces, both X's (PolNeAR annotates them as two). Pieces another rule took stay theirs.
   */
  private void parenthetical(int from, int to, List<ReportedClause> out) {
    int end = spans.contentEnd(from, to);
    for (int first = from + 1; first < end; first++) {
      if (!text.token(first).is(",") || quoted.covers(text.token(first).start())) {
        continue;
      }
      for (int second = first + 3;
          second < end && second <= first + MAX_PARENTHETICAL_CUE;
          second++) {
        if (!text.token(second).is(",")) {
          continue;
        }
        Optional<Attribution> cue = tailAttribution(first + 1, second);
        if (cue.isEmpty()) {
          continue;
        }
        int start = spans.firstWord(from, first);
        if (first - start >= 2 && !spans.takenBy(out, start, first)) {
          out.add(spans.clause(start, first, cue.get(), PREPOSED));
        }
        int rest = spans.contentEnd(second + 1, to);
        if (rest - second - 1 >= 3
            && !opensRelativeClause(second + 1)
            && !isAppositionToSource(cue.get(), second + 1, rest)
            && !spans.takenBy(out, second + 1, rest)) {
          out.add(spans.clause(second + 1, rest, cue.get(), PREPOSED));
        }
        return;
      }
    }
  }

  /**
   * Whether the words after {@code according to X,} or {@code said X,} are an apposition to the
   * source ({@code according to John Weaver, a Republican strategist}, {@code said Jo Ray, editor
   * of the Gazette}): no clause verb stands in them, and after {@code said X,} they open with a
   * noun phrase (not {@code ..., he said, by the primary calendar}).
   */
  private boolean isAppositionToSource(Attribution cue, int first, int end) {
    if (TokenWords.hasClauseVerb(text, first, end) || quoted.covers(text.token(first).start())) {
      return false;
    }
    if (text.token(cue.cueFirst()).is("according")) {
      return true;
    }
    String tag = text.token(first).tag();
    boolean nounPhrase =
        tag.equals("DT") || tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("PRP$");
    return nounPhrase && cue.speaker() != null && cue.speaker().first() > cue.cueFirst();
  }

  /**
   * Whether a relative clause starts at token {@code k}: after a cue between commas it tells of the
   * source ({@code said Brandt, who leads the port authority}), it is no piece of the statement.
   */
  private boolean opensRelativeClause(int k) {
    String tag = text.token(k).tag();
    return tag.equals("WP") || tag.equals("WDT") || tag.equals("WP$");
  }

  /** The comma that ends a cue and a short adjunct after it ({@code said on Monday,}), or -1. */
  private int commaAfterCue(int verb, int to) {
    for (int m = verb + 1; m < to && m <= verb + MAX_PREPOSED_ADJUNCT; m++) {
      Token token = text.token(m);
      if (token.is(",")) {
        return m;
      }
      if (token.isVerb() || token.is("that") || TokenWords.isClauseBreak(token)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Parses the tail of a sentence: {@code X said [adjunct]}, {@code said X}, {@code according to
   * X}.
   */
  private Optional<Attribution> tailAttribution(int from, int end) {
    if (from >= end) {
      return Optional.empty();
    }
    Token first = text.token(from);
    if (first.is("according") && from + 1 < end && text.token(from + 1).is("to")) {
      return phrases.phraseAt(from + 2, end).map(p -> new Attribution(from, from + 2, p));
    }
    if (first.is("as") && from + 1 < end) {
      return asCited(from + 1, end);
    }
    if (isTailCue(first) && !TokenWords.isTell(first)) {
      return phrases
          .phraseAt(from + 1, end)
          .filter(p -> p.end() == end || text.token(p.end()).is(","))
          .filter(p -> !text.token(p.headEnd() - 1).isDayOrMonth())
          .map(p -> new Attribution(from, from + 1, p));
    }
    return sourceThenCue(from, end, false);
  }

  /**
   * {@code CLAUSE, as X noted [adjunct].}, {@code as X puts it}, {@code as X points out}, {@code as
   * first reported by X}: the tail after {@code as}, which cites the source of the clause.
   */
  private Optional<Attribution> asCited(int from, int end) {
    int k = from;
    while (k < end && (text.token(k).tag().startsWith("RB") || text.token(k).is("first"))) {
      k++;
    }
    if (k + 1 < end
        && text.token(k).tag().equals("VBN")
        && verbs.introducesThatClause(text.token(k))
        && text.token(k + 1).is("by")) {
      int verb = k;
      return phrases
          .phraseAt(k + 2, end)
          .filter(p -> p.end() == end || isAdjunctStart(p.end(), end))
          .map(p -> new Attribution(verb, verb + 1, p));
    }
    return sourceThenCue(from, end, true);
  }

  /**
   * {@code X said [adjunct]} as the tail of a sentence; when {@code cited} (after {@code as}), also
   * {@code X put it} and {@code X pointed out}.
   */
  private Optional<Attribution> sourceThenCue(int from, int end, boolean cited) {
    Optional<SpeakerPhrase> phrase = phrases.phraseAt(from, end).map(p -> tailSource(p, end));
    if (phrase.isEmpty()) {
      return Optional.empty();
    }
    int k = appositiveEnd(phrase.get().end(), end);
    boolean perfect = false;
    while (k < end && (text.token(k).tag().equals("RB") || TokenWords.isHave(text.token(k)))) {
      perfect |= TokenWords.isHave(text.token(k));
      k++;
    }
    boolean citing = cited && isCitingPhrase(k, end);
    if (k >= end
        || !(citing
            || isTailCue(text.token(k))
            || (perfect && isPerfectCue(k))
            || isLearnedTailCue(k, end))) {
      return Optional.empty();
    }
    int verb = k;
    int cueEnd = citing ? k + 2 : k + 1;
    int after = TokenWords.isTell(text.token(verb)) ? addresseeEnd(cueEnd, end) : cueEnd;
    for (int m = after; m < end; m++) {
      Token token = text.token(m);
      if (token.isVerb() || token.is("that")) {
        return Optional.empty();
      }
      if (m == after && !isAdjunctStart(m, end)) {
        return Optional.empty();
      }
    }
    return Optional.of(new Attribution(verb, cueEnd, phrase.get()));
  }

  /**
   * Past an appositive between commas that starts at token {@code k} ({@code Tad Devine, his top
   * aide, said}): the token after its closing comma; {@code k} when none stands there.
   */
  private int appositiveEnd(int k, int end) {
    if (k >= end || !text.token(k).is(",")) {
      return k;
    }
    for (int m = k + 1; m < end && m <= k + MAX_APPOSITIVE; m++) {
      Token token = text.token(m);
      if (token.is(",")) {
        return m > k + 1 ? m + 1 : k;
      }
      if (token.isVerb() || token.isPunctuation() || quoted.covers(token.start())) {
        return k;
      }
    }
    return k;
  }

  /**
   * A source in a sentence's tail with what the phrase finder leaves after it: the group it is one
   * of ({@code a wide array of economists}) and a second source joined by "and" ({@code teachers
   * and union officials}).
   */
  private SpeakerPhrase tailSource(SpeakerPhrase phrase, int end) {
    SpeakerPhrase source = phrase;
    for (int step = 0; step < 2 && source.end() + 1 < end; step++) {
      Token joint = text.token(source.end());
      if (!joint.is("of") && !joint.is("and")) {
        break;
      }
      Optional<SpeakerPhrase> next = phrases.phraseAt(source.end() + 1, end);
      if (next.isEmpty()) {
        break;
      }
      int headEnd = joint.is("of") ? source.headEnd() : next.get().headEnd();
      source = new SpeakerPhrase(source.first(), next.get().end(), headEnd);
    }
    return source;
  }

  /** {@code put it}, {@code points out}: phrases that cite a source after {@code as}. */
  private boolean isCitingPhrase(int k, int end) {
    boolean perfect = k > 0 && (text.token(k - 1).is("has") || text.token(k - 1).is("had"));
    if (k + 1 >= end || !(TokenWords.isTensed(text.token(k)) || perfect)) {
      return false;
    }
    String verb = text.token(k).text().toLowerCase(Locale.ROOT);
    Token next = text.token(k + 1);
    return (verb.startsWith("put") && next.is("it"))
        || (verb.startsWith("point") && next.is("out"));
  }

  /** {@code as some have speculated}: a speech verb's participle after "have". */
  private boolean isPerfectCue(int k) {
    Token token = text.token(k);
    return token.tag().equals("VBN") && verbs.introducesThatClause(token);
  }

  private boolean isTailCue(Token token) {
    return (verbs.introducesThatClause(token) || verbs.introducesQuote(token))
        && TokenWords.isTensed(token);
  }

  /**
   * {@code ..., harbour records show.}: a tensed learned cue that was right at least {@code
   * MIN_TAIL_CUE} of the time and ends the sentence; with words after it, they would be its own
   * object ({@code the mayor talked about the budget}).
   */
  private boolean isLearnedTailCue(int k, int end) {
    AttributionCues.Cue cue = cues.cueOf(text.token(k));
    return k + 1 == end
        && !cue.sourceless()
        && cue.strength() >= MIN_TAIL_CUE
        && TokenWords.isTensed(text.token(k));
  }

  /**
   * Whether an adjunct starts at token {@code k}: a preposition, an adverb, a comma or a time
   * phrase ({@code last week}, {@code earlier this month}).
   */
  private boolean isAdjunctStart(int k, int end) {
    Token token = text.token(k);
    String tag = token.tag();
    return tag.equals("IN")
        || tag.equals("RB")
        || tag.equals("TO")
        || token.is(",")
        || TokenWords.timePhraseEnd(text, k, end) > k;
  }

  private void accordingTo(int from, int to, List<ReportedClause> out) {
    int k = from;
    if (k < to && text.token(k).is("(")) {
      k++;
    }
    if (k < to && text.token(k).tag().equals("CC")) {
      k++;
      if (k < to && text.token(k).is(",")) {
        k++;
      }
    }
    if (k + 2 >= to || !text.token(k).is("according") || !text.token(k + 1).is("to")) {
      return;
    }
    int cue = k;
    Optional<SpeakerPhrase> phrase =
        phrases.phraseAt(k + 2, to).map(p -> throughComma(p, to)).filter(p -> p.end() < to);
    if (phrase.isEmpty() || !text.token(phrase.get().end()).is(",")) {
      return;
    }
    int content = phrase.get().end() + 1;
    int end = spans.wordsEnd(content, spans.contentEnd(content, to));
    if (end - content >= 3 && TokenWords.hasFiniteVerb(text, content, end)) {
      out.add(
          spans.clause(content, end, new Attribution(cue, cue + 2, phrase.get()), ACCORDING_TO));
    }
  }

  /**
   * The source phrase of a sentence-opening {@code According to} with the words that modify it up
   * to the comma before the clause ({@code According to early results of exit polls conducted by
   * Edison Research, ...}); the phrase itself when a finite verb or a clause break comes first.
   */
  private SpeakerPhrase throughComma(SpeakerPhrase phrase, int to) {
    for (int k = phrase.end(); k < to && k < phrase.end() + MAX_SOURCE_TAIL; k++) {
      Token token = text.token(k);
      if (token.is(",")) {
        return new SpeakerPhrase(phrase.first(), k, phrase.headEnd());
      }
      if (TokenWords.isFiniteVerb(token) || TokenWords.isClauseBreak(token)) {
        return phrase;
      }
    }
    return phrase;
  }

  /**
   * Whether the words before token {@code k} make a clause that "according to" may follow without a
   * comma ({@code Clinton leads by 271 delegates according to a count by The Associated Press}):
   * they hold a finite verb and the word before {@code k} is no verb or preposition.
   */
  private boolean endsClause(int from, int k) {
    Token before = text.token(k - 1);
    return !before.isVerb()
        && !before.tag().equals("IN")
        && !before.tag().equals("TO")
        && TokenWords.hasFiniteVerb(text, from, k - 1);
  }

  /**
   * {@code CLAUSE, according to X [who ...].} and {@code CLAUSE, according to X, CLAUSE}: the
   * sentence is the content unless another rule already took part of it.
   */
  private void accordingToInside(int from, int to, List<ReportedClause> out) {
    for (int k = from + 4; k + 2 < to; k++) {
      if (!text.token(k).is("according")
          || !text.token(k + 1).is("to")
          || !(text.token(k - 1).is(",") || endsClause(from, k))
          || quoted.covers(text.token(k).start())) {
        continue;
      }
      Optional<SpeakerPhrase> phrase = phrases.phraseAt(k + 2, to);
      if (phrase.isEmpty()) {
        return;
      }
      int start = spans.firstWord(from, k);
      boolean continues = phrase.get().end() < to && text.token(phrase.get().end()).is(",");
      int end = continues ? spans.contentEnd(start, to) : spans.wordsEnd(start, k);
      if (end - start < 4 || spans.takenBy(out, start, end) || spans.holdsQuotedWords(start, end)) {
        return;
      }
      out.add(spans.clause(start, end, new Attribution(k, k + 2, phrase.get()), ACCORDING_TO));
      return;
    }
  }
}
