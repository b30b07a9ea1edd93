package dev.newsflow.enrich.nlp.quotes;

import dev.newsflow.enrich.nlp.text.AnnotatedText;
import dev.newsflow.enrich.nlp.text.Token;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the cue and speaker of a quoted span from the words around its marks: after it ({@code
 * “...,” X said}, {@code “...,” said X}, {@code “...,” according to X}) or before it ({@code X
 * said, “...”}, {@code X stated after the meeting: “...”}), or at the end of the paragraph before a
 * quote that opens its paragraph ({@code In a speech, he declared:}).
 */
final class DirectQuoteAttributor {

  private static final int MAX_CUE_DISTANCE = 10;
  private static final int MAX_PARENTHETICAL = 40;
  private static final int MAX_PREPOSITIONAL = 6;
  private static final int MAX_LATER_CUE = 25;
  private static final Set<String> PERFECT_OR_PASSIVE =
      Set.of("has", "have", "had", "having", "get", "gets", "got", "getting");

  private final AnnotatedText text;
  private final QuotedSpans quoted;
  private final ReportingVerbs verbs;
  private final SpeakerPhraseFinder phrases;

  DirectQuoteAttributor(
      AnnotatedText text, QuotedSpans quoted, ReportingVerbs verbs, SpeakerPhraseFinder phrases) {
    this.text = text;
    this.quoted = quoted;
    this.verbs = verbs;
    this.phrases = phrases;
  }

  /**
   * The attribution of span {@code index}: the words before its marks first, then after; a quote
   * ending in a comma ({@code ... wide: “...,” she said}) takes the cue after it first.
   */
  Optional<Attribution> attribute(int index) {
    Optional<Attribution> after = after(index).map(a -> outerSource(index, a));
    if (after.isPresent() && endsWithComma(quoted.get(index))) {
      return after;
    }
    return before(index)
        .or(() -> after)
        .or(() -> afterColonParagraph(index))
        .or(() -> colonClause(index))
        .or(() -> trailingCue(index))
        .or(() -> cueSentenceBefore(index))
        .or(() -> dashLineAfter(index))
        .or(() -> quoteVerbLater(index));
  }

  /**
   * The phrase with the words before it from token {@code from} on, when no comma, clause break or
   * bracket stands between: words the tagger read as no part of a noun phrase ({@code super PAC
   * spokeswoman}, {@code the Washington-based think-tank The Brookings Institution}).
   */
  private SpeakerPhrase startingAt(int from, SpeakerPhrase phrase) {
    for (int k = from; k < phrase.first(); k++) {
      Token token = text.token(k);
      if (token.is(",") || TokenWords.isClauseBreak(token) || token.tag().equals("-LRB-")) {
        return phrase;
      }
    }
    return new SpeakerPhrase(from, phrase.end(), phrase.headEnd());
  }

  /**
   * A quote that opens its sentence and ends in a comma, whose cue the rules above could not read,
   * because the words between the quote and its verb are no plain noun phrase ({@code “...,” super
   * PAC spokeswoman Kellyanne Conway said}, {@code “...,” Nate Silver, the polling guru who founded
   * the site tweeted}): the first quote verb later in the sentence is the cue, the first noun
   * phrase before it that holds a person's name, or else the first noun phrase, the speaker.
   */
  private Optional<Attribution> quoteVerbLater(int index) {
    QuotedSpan span = quoted.get(index);
    if (!span.closed() || !endsWithComma(span) || !opensClause(index)) {
      return Optional.empty();
    }
    int upper = upperBound(index);
    int from = text.firstTokenAtOrAfter(span.close() + 1);
    for (int k = from + 1; k < upper && k < from + MAX_LATER_CUE; k++) {
      Token token = text.token(k);
      if (TokenWords.isClauseBreak(token)) {
        return Optional.empty();
      }
      boolean verbForm = token.isVerb() || !token.isCapitalized();
      if (verbForm && verbs.isQuoteVerbForm(token) && !text.token(k - 1).is("to")) {
        int cue = k;
        return phrases
            .personPhraseIn(from, k)
            .map(p -> new Attribution(cue, cue + 1, startingAt(from, p)));
      }
    }
    return Optional.empty();
  }

  /**
   * The main clause around a span that stands inside its sentence and that no cue claims ({@code
   * Bolton thought some of the “...”}, {@code Perez hammered Trump, calling him a “...”}): its
   * first finite verb is the cue and that verb's subject the speaker, a guess the quote's
   * confidence shows.
   */
  Optional<Attribution> enclosingClause(int index) {
    int openToken = text.firstTokenAtOrAfter(quoted.get(index).open());
    if (openToken >= text.size() || opensClause(index)) {
      return Optional.empty();
    }
    int lower = text.sentenceStart(text.token(openToken).sentence());
    return phrases.mainClause(lower, openToken, lower).flatMap(a -> activeVoice(a, openToken));
  }

  /**
   * The attribution of a main clause in the active voice: a passive one ({@code Sanders was asked
   * by host Bill Maher, “...”}) is its agent's, or nobody's without one ({@code X was asked,
   * “...”}).
   */
  private Optional<Attribution> activeVoice(Attribution clause, int upper) {
    int k = clause.cueFirst();
    if (!TokenWords.isBe(text.token(k))) {
      return Optional.of(clause);
    }
    int participle = k + 1;
    while (participle < upper && text.token(participle).tag().equals("RB")) {
      participle++;
    }
    if (participle >= upper || !text.token(participle).tag().equals("VBN")) {
      return Optional.of(clause);
    }
    int by = participle + 1;
    if (by + 1 >= upper || !text.token(by).is("by")) {
      return Optional.empty();
    }
    int cue = participle;
    return phrases.phraseAt(by + 1, upper).map(p -> new Attribution(cue, cue + 1, p));
  }

  /**
   * A quote that opens its sentence right after a sentence that is only a cue ({@code Jo Ray, the
   * mayor, said in a statement. “...”}), also when that sentence ends the paragraph before ({@code
   * Ray continued his remarks.} then {@code “...”}): the speaker is that sentence's subject.
   */
  private Optional<Attribution> cueSentenceBefore(int index) {
    QuotedSpan span = quoted.get(index);
    int openToken = text.firstTokenAtOrAfter(span.open());
    if (openToken >= text.size()) {
      return Optional.empty();
    }
    int sentence = text.token(openToken).sentence();
    if (sentence == 0 || text.sentenceStart(sentence) != openToken) {
      return Optional.empty();
    }
    int from = text.sentenceStart(sentence - 1);
    int end = openToken - 1;
    boolean opensParagraph = span.open() == text.paragraphStart(span.paragraph());
    int paragraph = opensParagraph ? span.paragraph() - 1 : span.paragraph();
    if (paragraph < 0
        || from < text.firstTokenAtOrAfter(text.paragraphStart(paragraph))
        || (index > 0 && quoted.get(index - 1).outerEnd() > text.token(from).start())
        || !text.token(end).is(".")) {
      return Optional.empty();
    }
    for (int v = from + 1; v < end; v++) {
      Token token = text.token(v);
      if (verbs.introducesQuote(token) && TokenWords.isFiniteVerb(token)) {
        int cue = v;
        return clauseEndsAfter(v, end)
            ? phrases
                .subjectBefore(v, from)
                .map(p -> withNameBefore(from, p))
                .filter(p -> p.first() == from)
                .map(p -> new Attribution(cue, cue + 1, p))
            : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * The phrase with the name before it when a comma alone parts them and the name starts at token
   * {@code from} ({@code Sam Lau, the director of the party said ...}, the apposition's closing
   * comma left out); else the phrase.
   */
  private SpeakerPhrase withNameBefore(int from, SpeakerPhrase phrase) {
    int comma = phrase.first() - 1;
    if (comma <= from || !text.token(comma).is(",")) {
      return phrase;
    }
    return phrases
        .phraseAt(from, comma)
        .filter(name -> name.end() == comma && text.token(name.headEnd() - 1).isProperNoun())
        .map(name -> new SpeakerPhrase(from, phrase.end(), name.headEnd()))
        .orElse(phrase);
  }

  /**
   * Quoted words that run on unquoted to a cue after a comma at the end of the sentence ({@code
   * “The plan works” better than expected, said Jo Ray, a planner in Ames.}).
   */
  private Optional<Attribution> trailingCue(int index) {
    QuotedSpan span = quoted.get(index);
    if (!span.closed()) {
      return Optional.empty();
    }
    int i = text.firstTokenAtOrAfter(span.close() + 1);
    int upper = upperBound(index);
    char last = text.text().charAt(span.contentEnd() - 1);
    if (i >= upper
        || ".?!".indexOf(last) >= 0
        || text.token(i).sentence() != text.token(i - 1).sentence()
        || reportedBefore(index)) {
      return Optional.empty();
    }
    int end = sentenceEndBefore(i, upper);
    for (int c = i + 1; c < end; c++) {
      Token token = text.token(c);
      if (TokenWords.isClauseBreak(token) || verbs.introducesQuote(token)) {
        return Optional.empty();
      }
      if (token.is(",") && c + 1 < end) {
        Optional<Attribution> cue = cueFrom(c + 1, end, '.', false).filter(a -> fills(a, end));
        if (cue.isPresent()) {
          return cue;
        }
      }
    }
    return Optional.empty();
  }

  /** One past the last word of token {@code i}'s sentence, before {@code upper}. */
  private int sentenceEndBefore(int i, int upper) {
    int end = Math.min(upper, text.sentenceEnd(text.token(i).sentence()));
    while (end > i && TokenWords.isSentenceFinal(text.token(end - 1))) {
      end--;
    }
    return end;
  }

  /**
   * Whether a speech verb and its speaker fill the words up to {@code end}: {@code X said
   * [adjunct]}, or {@code said X} with nothing but an apposition after X.
   */
  private boolean fills(Attribution attribution, int end) {
    int after = attribution.speaker().end();
    return verbs.introducesQuote(text.token(attribution.cueFirst()))
        && (attribution.cueFirst() >= after || after >= end || text.token(after).is(","));
  }

  /** Whether a reporting verb stands before the span in its sentence, whose words these are. */
  private boolean reportedBefore(int index) {
    int openToken = text.firstTokenAtOrAfter(quoted.get(index).open());
    for (int k = lowerBound(index, openToken); k < openToken; k++) {
      if (verbs.introducesQuote(text.token(k)) || verbs.introducesThatClause(text.token(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the span ends a clause that a reporting verb opens ({@code Ana asserted that “...
   * broken.”}, {@code Bo called him a “liar.”}): no sentence end, colon, dash or other quote stands
   * between that verb and the marks, so a cue after the span belongs to the next sentence.
   */
  private boolean reportingClauseBefore(int index) {
    int openToken = text.firstTokenAtOrAfter(quoted.get(index).open());
    for (int k = openToken - 1; k >= lowerBound(index, openToken); k--) {
      Token token = text.token(k);
      if (TokenWords.isClauseBreak(token) || isDash(token)) {
        return false;
      }
      if (verbs.introducesQuote(token)
          || verbs.introducesThatClause(token)
          || TokenWords.isFiniteVerb(token)) {
        return true;
      }
    }
    return false;
  }

  private boolean endsWithComma(QuotedSpan span) {
    return span.closed() && text.text().charAt(span.contentEnd() - 1) == ',';
  }

  /**
   * A quote that ends its paragraph, signed in the next one by a dash and a name on a line of its
   * own ({@code "..."} then {@code - Jane Doe.}).
   */
  private Optional<Attribution> dashLineAfter(int index) {
    QuotedSpan span = quoted.get(index);
    int paragraph = span.paragraph();
    if (!span.closed()
        || paragraph + 1 >= text.paragraphCount()
        || !text.slice(span.outerEnd(), text.paragraphEnd(paragraph)).isBlank()) {
      return Optional.empty();
    }
    int dash = text.firstTokenAtOrAfter(text.paragraphStart(paragraph + 1));
    int upper = text.firstTokenAtOrAfter(text.paragraphEnd(paragraph + 1));
    if (dash + 1 >= upper || !isDash(text.token(dash))) {
      return Optional.empty();
    }
    return phrases
        .phraseAt(dash + 1, upper)
        .filter(this::namesAndEndsLine)
        .map(p -> new Attribution(dash, dash + 1, p));
  }

  /**
   * A quote that opens its paragraph after a paragraph ending in a colon ({@code In a speech, he
   * declared:}): the cue is the verb before that colon.
   */
  private Optional<Attribution> afterColonParagraph(int index) {
    QuotedSpan span = quoted.get(index);
    int paragraph = span.paragraph();
    if (paragraph == 0
        || text.firstTokenAtOrAfter(text.paragraphStart(paragraph))
            != text.firstTokenAtOrAfter(span.open())) {
      return Optional.empty();
    }
    int colon = text.firstTokenAtOrAfter(span.open()) - 1;
    if (colon < 0 || !text.token(colon).is(":") || quoted.covers(text.token(colon).start())) {
      return Optional.empty();
    }
    int lower = text.sentenceStart(text.token(colon).sentence());
    for (int k = colon - 1; k >= lower && k >= colon - MAX_CUE_DISTANCE; k--) {
      Token token = text.token(k);
      if (TokenWords.isClauseBreak(token)) {
        return Optional.empty();
      }
      boolean finite = token.tag().equals("VBD") || token.tag().equals("VBZ");
      if (verbs.introducesQuote(token) || (finite && !TokenWords.isBe(token))) {
        int cue = k;
        return phrases
            .subjectOf(k, lower, verbs)
            .map(p -> reportedBy(new Attribution(cue, cue + 1, p), lower));
      }
    }
    return Optional.empty();
  }

  /**
   * A quote right after a colon that ends a clause with no speech cue, in its paragraph or at the
   * end of the paragraph before ({@code The board was clear in its findings: “...”}, {@code Kessler
   * has since apologized:}): the clause introduces the quote, whose speaker is the subject of its
   * first verb that has one; a clause that opens with a quote verb names the speaker after it
   * ({@code Stated Kessler: “...”}). The cue is weak, as the clause may only announce the quote.
   */
  private Optional<Attribution> colonClause(int index) {
    QuotedSpan span = quoted.get(index);
    int colon = text.firstTokenAtOrAfter(span.open()) - 1;
    if (colon < 0 || !text.token(colon).is(":") || quoted.covers(text.token(colon).start())) {
      return Optional.empty();
    }
    int paragraph = text.paragraphOf(text.token(colon).start());
    if (paragraph < span.paragraph() - 1) {
      return Optional.empty();
    }
    int previousQuoteEnd = index > 0 ? quoted.get(index - 1).outerEnd() : 0;
    int lower =
        Math.max(
            text.sentenceStart(text.token(colon).sentence()),
            text.firstTokenAtOrAfter(Math.max(text.paragraphStart(paragraph), previousQuoteEnd)));
    Optional<Attribution> inverted = invertedBeforeColon(lower, colon);
    if (inverted.isPresent()) {
      return inverted;
    }
    for (int k = lower; k < colon; k++) {
      if (isClauseVerb(k, lower)) {
        int cue = k;
        Optional<Attribution> found =
            phrases
                .subjectOf(k, lower, verbs)
                .filter(p -> !inSubordinateClause(p, cue, lower))
                .map(p -> new Attribution(cue, cue + 1, p, true));
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the subject of the verb at {@code verb} opens a subordinate clause ({@code Even before
   * Ana spoke, ...}); a source after "as" is none ({@code As Ana reported, ...} names the source).
   */
  private boolean inSubordinateClause(SpeakerPhrase subject, int verb, int lower) {
    int lead = subject.first() - 1;
    boolean source =
        lead >= lower && text.token(lead).is("as") && verbs.isQuoteVerbForm(text.token(verb));
    return !source && phrases.leadsSubordinateClause(subject, lower);
  }

  /**
   * {@code Stated Kessler: “...”}: a quote verb opening the clause, then the speaker up to the
   * colon.
   */
  private Optional<Attribution> invertedBeforeColon(int lower, int colon) {
    Token first = text.token(lower);
    if (colon - lower < 2 || !first.isVerb() || !verbs.isQuoteVerbForm(first)) {
      return Optional.empty();
    }
    return phrases
        .phraseAt(lower + 1, colon)
        .filter(p -> p.end() == colon)
        .map(p -> new Attribution(lower, lower + 1, p, true));
  }

  /**
   * Whether token {@code k} can be the verb of a clause with a subject: a finite verb, or a
   * participle that follows no form of "be" or "have" (the tagger reads many past tenses as
   * participles: {@code Kessler continued by saying}), outside quote marks.
   */
  private boolean isClauseVerb(int k, int lower) {
    Token token = text.token(k);
    if (quoted.covers(token.start())) {
      return false;
    }
    if (TokenWords.isFiniteVerb(token)) {
      return true;
    }
    if (!token.tag().equals("VBN")) {
      return false;
    }
    int before = k - 1;
    while (before >= lower && text.token(before).tag().startsWith("RB")) {
      before--;
    }
    return before < lower
        || !(TokenWords.isBe(text.token(before)) || PERFECT_OR_PASSIVE.contains(lower(before)));
  }

  /**
   * Whether the span opens its clause, so that it is a quote of its own rather than quoted words
   * inside a sentence (only conjunctions and adverbs may stand before it).
   */
  boolean opensClause(int index) {
    return firstWordOfClause(index) < 0;
  }

  /**
   * The first word token before the span's mark in its clause (which a line break or a colon right
   * before the mark also ends), or -1 when there is none.
   */
  int firstWordOfClause(int index) {
    QuotedSpan span = quoted.get(index);
    int openToken = text.firstTokenAtOrAfter(span.open());
    int lineStart = text.text().lastIndexOf('\n', span.open()) + 1;
    int lower = Math.max(lowerBound(index, openToken), text.firstTokenAtOrAfter(lineStart));
    if (openToken > lower && text.token(openToken - 1).is(":")) {
      return -1;
    }
    for (int k = lower; k < openToken; k++) {
      Token token = text.token(k);
      String tag = token.tag();
      boolean filler =
          token.isPunctuation() || tag.equals("CC") || tag.equals("RB") || tag.equals("UH");
      if (!filler) {
        return k;
      }
    }
    return -1;
  }

  private Optional<Attribution> before(int index) {
    QuotedSpan span = quoted.get(index);
    int openToken = text.firstTokenAtOrAfter(span.open());
    int j = openToken - 1;
    int lower = lowerBound(index, openToken);
    if (j < lower) {
      return Optional.empty();
    }
    boolean colon = text.token(j).text().equals(":");
    boolean punctuated = colon || text.token(j).text().equals(",");
    if (punctuated) {
      j--;
    }
    int last = j;
    Optional<Attribution> accordingTo =
        accordingTo(lower, last, punctuated)
            .or(() -> colon ? fromSource(lower, last) : Optional.empty());
    if (accordingTo.isPresent()) {
      return accordingTo;
    }
    boolean doubleMark = "“\"".indexOf(text.text().charAt(span.open())) >= 0;
    Optional<Attribution> named =
        colon && doubleMark ? nameBeforeColon(lower, j) : Optional.empty();
    if (named.isPresent()) {
      return named;
    }
    for (int k = j; k >= lower && k > j - MAX_CUE_DISTANCE; k--) {
      Token token = text.token(k);
      if (token.is("that") || TokenWords.isClauseBreak(token)) {
        return Optional.empty();
      }
      boolean anyVerbBeforeColon =
          colon
              && (token.tag().equals("VBD")
                  || token.tag().equals("VBZ")
                  || (k == j && token.tag().equals("VBG")))
              && !TokenWords.isBe(token);
      boolean phrasalVerb =
          punctuated && k == j - 1 && isParticle(text.token(j)) && isVerbCue(token);
      boolean reporting = verbs.introducesQuote(token) && !isAttributive(k, lower);
      if (punctuated && opensSentenceInverted(k)) {
        int cue = k;
        return phrases.phraseAt(k + 1, j + 1).map(p -> new Attribution(cue, cue + 1, p));
      }
      if (reporting || anyVerbBeforeColon || phrasalVerb) {
        if (!punctuated && k != j) {
          return Optional.empty();
        }
        Optional<SpeakerPhrase> subject = phrases.subjectOf(k, lower, verbs);
        boolean objectFollows = TokenWords.isTell(token) || token.tag().equals("VBG");
        if (subject.isEmpty() && !objectFollows) {
          subject = phrases.phraseAt(k + 1, j + 1);
        }
        int cue = k;
        return subject.map(s -> reportedBy(new Attribution(cue, cue + 1, s), lower));
      }
      if (TokenWords.isFiniteVerb(token) || token.tag().equals("VB")) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Whether token {@code k} is a quote verb that opens its sentence before the speaker ({@code Said
   * Comey, “...”}), which the tagger often reads as a proper noun.
   */
  private boolean opensSentenceInverted(int k) {
    Token token = text.token(k);
    return text.sentenceStart(token.sentence()) == k
        && token.isCapitalized()
        && verbs.isQuoteVerbForm(token)
        && (token.isVerb() || token.tag().equals("NNP"));
  }

  /**
   * Whether the participle at token {@code k} modifies a noun after a determiner rather than
   * reporting ({@code in a written statement}, {@code his prepared remarks}).
   */
  private boolean isAttributive(int k, int lower) {
    String tag = text.token(k).tag();
    if (k <= lower || !(tag.equals("VBN") || tag.equals("VBG"))) {
      return false;
    }
    String before = text.token(k - 1).tag();
    return before.equals("DT") || before.equals("PRP$");
  }

  /**
   * The reporter of a cue that stands in someone's reported clause ({@code Ana said he told them:
   * “...”}, {@code Ana says that Bo replied, “...”}): the quote is part of what the reporter says.
   */
  private Attribution reportedBy(Attribution inner, int lower) {
    return phrases.reporterOf(inner.speaker(), lower, verbs).orElse(inner);
  }

  /**
   * {@code Clinton: "..."}, {@code ... - Pew Research: “...”}: a name alone before the colon, at
   * the start of its sentence or after a dash, is the speaker and the colon the cue. Only double
   * marks count: {@code Ryan: ‘No Place’ For ...} is a headline.
   */
  private Optional<Attribution> nameBeforeColon(int lower, int last) {
    if (last < lower) {
      return Optional.empty();
    }
    int first = last;
    while (first > lower
        && (text.token(first - 1).isProperNoun() || text.token(first - 1).is("and"))) {
      first--;
    }
    boolean opens = first == lower || isDash(text.token(first - 1));
    if (!opens || !text.token(first).isProperNoun()) {
      return Optional.empty();
    }
    int cue = last + 1;
    return phrases
        .phraseAt(first, cue)
        .filter(p -> p.end() == cue && text.token(p.headEnd() - 1).isProperNoun())
        .map(p -> new Attribution(cue, cue + 1, p));
  }

  /**
   * {@code From the report: “...”}, {@code ... - More from Jones: “...”}: a source after "from"
   * that opens its sentence or follows a dash, up to the colon after token {@code last}.
   */
  private Optional<Attribution> fromSource(int lower, int last) {
    int k = last;
    while (k > lower && !isDash(text.token(k - 1))) {
      k--;
    }
    if (k < last && text.token(k).is("more")) {
      k++;
    }
    if (k >= last || !text.token(k).is("from")) {
      return Optional.empty();
    }
    int cue = k;
    return phrases
        .phraseAt(k + 1, last + 1)
        .filter(p -> p.end() == last + 1)
        .map(p -> new Attribution(cue, cue + 1, p));
  }

  /** {@code According to X, “...”}: tokens {@code [lower, end]} hold the attribution. */
  private Optional<Attribution> accordingTo(int lower, int end, boolean punctuated) {
    for (int k = lower; punctuated && k + 1 < end && k <= lower + 2; k++) {
      if (text.token(k).is("according") && text.token(k + 1).is("to")) {
        int cue = k;
        return phrases
            .phraseAt(k + 2, end + 1)
            .filter(p -> p.end() == end + 1)
            .map(p -> new Attribution(cue, cue + 2, p));
      }
    }
    return Optional.empty();
  }

  private Optional<Attribution> after(int index) {
    QuotedSpan span = quoted.get(index);
    if (!span.closed()) {
      return Optional.empty();
    }
    int upper = upperBound(index);
    int i = text.firstTokenAtOrAfter(span.close() + 1);
    if (i < upper && text.token(i).text().equals(",")) {
      i++;
    }
    if (i >= upper) {
      return Optional.empty();
    }
    char last = text.text().charAt(span.contentEnd() - 1);
    if (".?!".indexOf(last) >= 0 && reportingClauseBefore(index)) {
      return Optional.empty();
    }
    return cueFrom(i, upper, last, opensClause(index));
  }

  /**
   * The cue and speaker in tokens {@code [i, upper)} after a quote whose content ends in {@code
   * last}: {@code said X}, {@code X said}, {@code according to X}, a dash and a name.
   */
  private Optional<Attribution> cueFrom(int i, int upper, char last, boolean quoteOpensClause) {
    boolean endsSentence = last == '.';
    Token first = text.token(i);
    if (verbs.introducesQuote(first) && TokenWords.isFiniteVerb(first)) {
      int cue = i;
      return phrases
          .phraseAt(i + 1, upper)
          .filter(p -> !opensClauseAt(p.end(), upper))
          .map(p -> new Attribution(cue, cue + 1, p));
    }
    if (!endsSentence && isInvertedCue(first) && quoteOpensClause) {
      int cue = i;
      return phrases
          .phraseAt(i + 1, upper)
          .filter(p -> p.end() >= upper || text.token(p.end()).isPunctuation())
          .map(p -> new Attribution(cue, cue + 1, p));
    }
    if (isDash(first) && i + 1 < upper) {
      int cue = i;
      return phrases
          .phraseAt(i + 1, upper)
          .filter(this::namesAndEndsLine)
          .map(p -> new Attribution(cue, cue + 1, p));
    }
    if (first.is("according") && i + 1 < upper && text.token(i + 1).is("to")) {
      int cue = i;
      return phrases.phraseAt(i + 2, upper).map(p -> new Attribution(cue, cue + 2, p));
    }
    Optional<SpeakerPhrase> phrase = phrases.phraseAt(i, upper);
    if (phrase.isEmpty()) {
      return Optional.empty();
    }
    int k = phrases.skipParenthesesForward(phrase.get().end(), upper);
    k = skipParenthetical(k, upper);
    boolean commaEnded = last == ',';
    if (k >= 0 && !endsSentence) {
      k = skipPrepositionalPhrase(k, upper);
    }
    while (k >= 0 && k < upper && isAuxiliary(text.token(k))) {
      k++;
    }
    if (k < 0 || k >= upper || !text.token(k).isVerb()) {
      return commaEnded ? verbReadAsNoun(i, upper) : Optional.empty();
    }
    Token verb = text.token(k);
    int clauseEnd = k;
    while (clauseEnd + 1 < upper && isParticle(text.token(clauseEnd + 1))) {
      clauseEnd++;
    }
    boolean listed = verbs.introducesQuote(verb);
    boolean finite = verb.tag().equals("VBD") || verb.tag().equals("VBZ");
    boolean generic =
        !listed
            && !endsSentence
            && finite
            && !TokenWords.isBe(verb)
            && (commaEnded || endsClauseBeforeQuote(clauseEnd, upper));
    if (!listed && !generic) {
      return Optional.empty();
    }
    if (endsSentence && !clauseEndsAfter(k, upper)) {
      return Optional.empty();
    }
    return Optional.of(new Attribution(k, k + 1, phrase.get()));
  }

  /**
   * The cue after a quote ending in a comma that the tagger read as a noun ({@code “...,” the ad
   * states.}, {@code “...,” the Saudis state in a paper}): a lowercase word that is a form of a
   * quote verb, ending its clause or followed by a preposition, after the speaker's words.
   */
  private Optional<Attribution> verbReadAsNoun(int i, int upper) {
    for (int k = i + 1; k < upper && k < i + MAX_CUE_DISTANCE; k++) {
      Token token = text.token(k);
      if (token.isVerb() || token.isPunctuation()) {
        return Optional.empty();
      }
      boolean endsClause =
          k + 1 >= upper
              || text.token(k + 1).isPunctuation()
              || text.token(k + 1).tag().equals("IN");
      if (token.isNoun() && !token.isCapitalized() && verbs.isQuoteVerbForm(token) && endsClause) {
        int cue = k;
        return phrases.phraseAt(i, k).map(p -> new Attribution(cue, cue + 1, p));
      }
    }
    return Optional.empty();
  }

  /**
   * The source a cue after a quote is reported by ({@code “...,” the judge said, according to the
   * court reporter}): the whole quote with its cue is what the reporter gives.
   */
  private Attribution outerSource(int index, Attribution inner) {
    int upper = upperBound(index);
    int from = Math.max(inner.cueEnd(), inner.speaker().end());
    for (int k = from; k + 3 < upper && k < from + MAX_CUE_DISTANCE; k++) {
      Token token = text.token(k);
      if (token.isVerb() || TokenWords.isClauseBreak(token)) {
        break;
      }
      if (token.is(",") && text.token(k + 1).is("according") && text.token(k + 2).is("to")) {
        int cue = k + 1;
        return phrases
            .phraseAt(k + 3, upper)
            .map(p -> new Attribution(cue, cue + 2, p))
            .orElse(inner);
      }
    }
    return inner;
  }

  /**
   * Whether the verb at {@code k} ends its clause: punctuation follows, or the paragraph ends; a
   * verb right before the next quote ({@code “...” X ran “...”}) takes that quote as its object.
   */
  private boolean endsClauseBeforeQuote(int k, int upper) {
    if (k + 1 < upper) {
      return text.token(k + 1).isPunctuation();
    }
    return k + 1 >= text.size() || !quoted.opensAt(text.token(k + 1).start());
  }

  /**
   * Skips a prepositional phrase after a speaker ({@code “...?” a staffer in the room wondered});
   * returns the token after it, or k itself.
   */
  private int skipPrepositionalPhrase(int k, int upper) {
    if (k >= upper || !text.token(k).tag().equals("IN")) {
      return k;
    }
    int m = k + 1;
    while (m < upper && m < k + MAX_PREPOSITIONAL && isNominal(text.token(m))) {
      m++;
    }
    return m > k + 1 && m < upper && text.token(m).isVerb() ? m : k;
  }

  private static boolean isNominal(Token token) {
    String tag = token.tag();
    return token.isNoun() || tag.equals("DT") || tag.startsWith("JJ") || tag.equals("CD");
  }

  /**
   * Skips {@code , ... ,} at {@code k}; returns the token after it, k itself, or -1. An apposition
   * with commas of its own ({@code Jo Ray, 30, of Ames, Iowa, said}) ends at the first comma
   * followed by a verb.
   */
  private int skipParenthetical(int k, int upper) {
    if (k >= upper || !text.token(k).text().equals(",")) {
      return k;
    }
    int firstComma = -1;
    for (int m = k + 1; m < upper && m < k + MAX_PARENTHETICAL; m++) {
      Token token = text.token(m);
      if (token.text().equals(",")) {
        if (m + 1 < upper && text.token(m + 1).isVerb()) {
          return m + 1;
        }
        firstComma = firstComma < 0 ? m : firstComma;
      } else if (TokenWords.isClauseBreak(token)) {
        break;
      }
    }
    return firstComma < 0 ? -1 : firstComma + 1;
  }

  private boolean clauseEndsAfter(int verb, int upper) {
    for (int m = verb + 1; m < upper && m < verb + 5; m++) {
      Token token = text.token(m);
      if (token.isPunctuation()) {
        return true;
      }
      if (token.is("that") || TokenWords.isFiniteVerb(token)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a phrase is a proper name that ends its line or sentence ("― Jane Doe"). */
  private boolean namesAndEndsLine(SpeakerPhrase phrase) {
    if (!text.token(phrase.headEnd() - 1).isProperNoun()) {
      return false;
    }
    if (phrase.end() >= text.size()) {
      return true;
    }
    Token after = text.token(phrase.end());
    Token last = text.token(phrase.end() - 1);
    int newline = text.text().indexOf('\n', last.end());
    boolean lineBreak = newline >= 0 && newline < after.start();
    return lineBreak || TokenWords.isSentenceFinal(after) || after.is(",");
  }

  /**
   * Whether a finite verb stands at token {@code k}, making the phrase before it the subject of a
   * clause the verb reports ({@code X, citing “the magic of Trump,” said the candidate could win})
   * rather than the speaker after an inverted cue.
   */
  private boolean opensClauseAt(int k, int upper) {
    return k < upper && TokenWords.isFiniteVerb(text.token(k));
  }

  /**
   * Whether a verb right after a quote can be its cue with the speaker after it, though it is no
   * reporting verb ({@code “...?” reacted Trump.}, {@code "...," read the email.}): a past or
   * present verb that is no form of "be" or an auxiliary.
   */
  private static boolean isInvertedCue(Token token) {
    return isVerbCue(token);
  }

  /** A particle of a phrasal verb ({@code cut in}; {@code shot back}, which is often tagged RB). */
  private static boolean isParticle(Token token) {
    return token.tag().equals("RP") || token.is("back");
  }

  /** A past or present verb that is no form of "be" or an auxiliary. */
  private static boolean isVerbCue(Token token) {
    return TokenWords.isTensed(token)
        && !TokenWords.isBe(token)
        && !isAuxiliary(token)
        && !token.is("did");
  }

  private String lower(int k) {
    return text.token(k).text().toLowerCase(Locale.ROOT);
  }

  /**
   * A dash before a signature or cue: one that sets off an aside, the horizontal bar, or a hyphen
   * standing alone ({@code - Laura Kessler.}).
   */
  private static boolean isDash(Token token) {
    return TokenWords.isDash(token) || token.is("―") || token.is("-");
  }

  private static boolean isAuxiliary(Token token) {
    return token.tag().equals("RB") || token.tag().equals("MD") || TokenWords.isHave(token);
  }

  /**
   * First token the rules may look at before a span: the start of the sentence holding its opening
   * mark, not before its paragraph or the quote before it.
   */
  private int lowerBound(int index, int openToken) {
    QuotedSpan span = quoted.get(index);
    int limit = text.paragraphStart(span.paragraph());
    if (index > 0 && quoted.get(index - 1).paragraph() == span.paragraph()) {
      limit = Math.max(limit, quoted.get(index - 1).outerEnd());
    }
    int lower = text.firstTokenAtOrAfter(limit);
    if (openToken < text.size()) {
      lower = Math.max(lower, text.sentenceStart(text.token(openToken).sentence()));
    }
    return lower;
  }

  /** One past the last token the rules may look at after a span. */
  private int upperBound(int index) {
    QuotedSpan span = quoted.get(index);
    int limit = text.paragraphEnd(span.paragraph());
    if (index + 1 < quoted.size() && quoted.get(index + 1).paragraph() == span.paragraph()) {
      limit = Math.min(limit, quoted.get(index + 1).open());
    }
    return text.firstTokenAtOrAfter(limit);
  }
}
