package dev.newsflow.enrich.nlp.quotes;

import dev.newsflow.enrich.nlp.text.AnnotatedText;
import dev.newsflow.enrich.nlp.text.Token;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Quotes written with two apostrophes as quote marks ({@code ''A,'' she said.}), as in newspaper
 * archives. CoreNLP does not read the pairs as quote marks, and its sentence splitter hangs an
 * opening pair on the sentence before, so the pairs are matched here per paragraph by the
 * characters around them: an opening pair follows a space and touches the word after it, a closing
 * pair touches the word before it. A quote the sentence rules left gets the cue after it ({@code
 * ,'' X said}), else the cue right before it ({@code X said, ''}), else, when it opens a sentence,
 * the speaker of the archive quote before it in the paragraph or at the end of the paragraph before
 * ({@code ''A,'' X said. ''B.''}). A clause the sentence rules read from a cue inside closed marks
 * ({@code ''The riders say the trams are late,'' X said.}) is the quoted speaker's words, not an
 * attribution, and is dropped. Like the sentence rules these are reported speech: the words are not
 * inside quote marks our scanner reads, and PolNeAR types them as indirect too.
 */
final class ArchiveQuoteFinder {

  private static final double CUED = 0.7;
  private static final double CONTINUED = 0.6;
  private static final int MIN_WORDS = 2;
  private static final int MAX_CUE_DISTANCE = 12;
  private static final int MAX_TAIL = 24;

  private final AnnotatedText text;
  private final ReportingVerbs verbs;
  private final SpeakerPhraseFinder phrases;
  private final ClauseSpans spans;
  private final BiFunction<Integer, Integer, Optional<Attribution>> tailCue;

  /**
   * @param tailCue reads a cue after reported words, {@code X said [adjunct]} or {@code said X}, in
   *     the tokens {@code [from, end)}
   */
  ArchiveQuoteFinder(
      AnnotatedText text,
      ReportingVerbs verbs,
      SpeakerPhraseFinder phrases,
      ClauseSpans spans,
      BiFunction<Integer, Integer, Optional<Attribution>> tailCue) {
    this.text = text;
    this.verbs = verbs;
    this.phrases = phrases;
    this.spans = spans;
    this.tailCue = tailCue;
  }

  /** Adds the archive quotes no clause in {@code out} holds yet. */
  void find(List<ReportedClause> out) {
    Attribution previous = null;
    int previousParagraph = -2;
    int open = -1;
    for (int i = 0; i < text.size(); i++) {
      Token token = text.token(i);
      if (!isDoubledApostrophe(token)) {
        continue;
      }
      boolean closing = open >= 0 && (closes(token) || paragraphOf(i) != paragraphOf(open));
      if (!closing) {
        open = token.opensIn(text.text()) ? i : open;
        continue;
      }
      boolean marked = paragraphOf(i) == paragraphOf(open);
      int close = marked ? i : paragraphEnd(open);
      Attribution carried = previousParagraph >= paragraphOf(open) - 1 ? previous : null;
      previous = quote(open, close, marked, carried, out);
      previousParagraph = paragraphOf(open);
      open = marked || !token.opensIn(text.text()) ? -1 : i;
    }
  }

  /**
   * Attributes the words from the mark at {@code open} to token {@code close}, the closing mark
   * when {@code marked}, else one past the paragraph's end; returns the attribution they have,
   * whether found here or by the sentence rules, or null.
   */
  private Attribution quote(
      int open, int close, boolean marked, Attribution carried, List<ReportedClause> out) {
    int first = spans.firstWord(open + 1, close);
    int end = spans.wordsEnd(first, close);
    if (end - first < MIN_WORDS) {
      return null;
    }
    if (marked) {
      out.removeIf(
          clause ->
              open < clause.attribution().cueFirst() && clause.attribution().cueFirst() < close);
    }
    Optional<ReportedClause> taken = spans.overlapping(out, first, end);
    if (taken.isPresent()) {
      return taken.get().attribution().speaker() == null ? null : taken.get().attribution();
    }
    Optional<Attribution> after = marked ? cueAfter(close) : Optional.empty();
    Optional<Attribution> cue = after.or(() -> cueBefore(open));
    if (cue.isPresent()) {
      int start = after.isPresent() ? leadingWordsStart(open, first, end, out) : first;
      out.add(spans.clause(start, end, cue.get(), CUED));
      return cue.get();
    }
    boolean cueExpected = marked && text.token(close - 1).is(",");
    if (cueExpected || !opensSentence(open)) {
      return null;
    }
    Attribution continued = carried != null ? carried : reportedJustBefore(open, out);
    if (continued != null) {
      out.add(spans.clause(first, end, continued, CONTINUED));
    }
    return continued;
  }

  /**
   * {@code A and ''B,'' X said.}: the first word of a sentence whose quoted words a cue after them
   * attributes, when words of the speaker's own stand before the opening pair (no other pair,
   * colon, dash or clause of ours); else {@code first}, the first quoted word.
   */
  private int leadingWordsStart(int open, int first, int end, List<ReportedClause> out) {
    if (opensSentence(open)) {
      return first;
    }
    int start = text.sentenceStart(text.token(open).sentence());
    for (int k = start; k < open; k++) {
      Token token = text.token(k);
      boolean spacedHyphen = token.is("-") && k > 0 && text.token(k - 1).end() < token.start();
      boolean aside = token.is(":") || TokenWords.isDash(token) || spacedHyphen;
      if (isDoubledApostrophe(token) || aside || paragraphOf(k) != paragraphOf(open)) {
        return first;
      }
    }
    int words = spans.firstWord(start, open);
    return words < open && !spans.takenBy(out, words, end) ? words : first;
  }

  /**
   * {@code A, X said. ''B.''}: the attribution of the last clause reported in the sentence right
   * before the opening pair, in its paragraph, when it names its speaker.
   */
  private Attribution reportedJustBefore(int open, List<ReportedClause> out) {
    if (open == 0 || paragraphOf(open - 1) != paragraphOf(open)) {
      return null;
    }
    int sentence = text.token(open - 1).sentence();
    Attribution last = null;
    for (ReportedClause clause : out) {
      Attribution attribution = clause.attribution();
      boolean before = text.token(attribution.cueFirst()).sentence() == sentence;
      boolean later = last == null || attribution.cueFirst() > last.cueFirst();
      if (before && later && attribution.speaker() != null && !clause.sourceless()) {
        last = attribution;
      }
    }
    return last;
  }

  /**
   * {@code ,'' X said [adjunct].}, {@code ,'' said X, a ...}, {@code ,'' X, a ..., told me.}: the
   * cue after the closing pair, read as a sentence tail or else as the first finite verb after the
   * pair when it is a speech verb, with its subject.
   */
  private Optional<Attribution> cueAfter(int close) {
    Token last = text.token(close - 1);
    if (isSingleQuote(last) && close >= 2) {
      last = text.token(close - 2);
    }
    if (!last.is(",") && !last.is("?") && !last.is("!")) {
      return Optional.empty();
    }
    int from = close + 1;
    int limit = paragraphEnd(close);
    int end = from;
    while (end < limit
        && !TokenWords.isSentenceFinal(text.token(end))
        && !isDoubledApostrophe(text.token(end))) {
      end++;
    }
    Optional<Attribution> tail = tailCue.apply(from, end);
    if (tail.isPresent()) {
      return tail;
    }
    for (int k = from + 1; k < end && k <= from + MAX_TAIL; k++) {
      Token token = text.token(k);
      if (isRelativeAfterComma(k)) {
        while (k + 1 < end && !text.token(k + 1).is(",")) {
          k++;
        }
      } else if (TokenWords.isFiniteVerb(token)) {
        int cue = k;
        return verbs.introducesQuote(token)
            ? phrases.subjectBefore(k, from).map(p -> new Attribution(cue, cue + 1, p))
            : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** {@code , who chairs the committee,}: a relative clause inside the speaker phrase. */
  private boolean isRelativeAfterComma(int k) {
    String tag = text.token(k).tag();
    return (tag.equals("WP") || tag.equals("WDT")) && text.token(k - 1).is(",");
  }

  /** {@code X said, ''}, {@code X told reporters on Monday: ''}: a speech verb right before. */
  private Optional<Attribution> cueBefore(int open) {
    int paragraph = paragraphOf(open);
    for (int k = open - 1; k >= 0 && k >= open - MAX_CUE_DISTANCE; k--) {
      Token token = text.token(k);
      if (paragraphOf(k) != paragraph
          || TokenWords.isSentenceFinal(token)
          || isDoubledApostrophe(token)) {
        return Optional.empty();
      }
      if (TokenWords.isFiniteVerb(token)) {
        if (!verbs.introducesQuote(token)) {
          return Optional.empty();
        }
        int lower = spans.lowerBound(text.sentenceStart(token.sentence()), k);
        int cue = k;
        return phrases.subjectOf(k, lower, verbs).map(p -> new Attribution(cue, cue + 1, p));
      }
    }
    return Optional.empty();
  }

  /** Whether the opening pair starts a sentence or its paragraph. */
  private boolean opensSentence(int open) {
    if (open == 0 || paragraphOf(open - 1) != paragraphOf(open)) {
      return true;
    }
    Token before = text.token(open - 1);
    if (isDoubledApostrophe(before) && open >= 2) {
      before = text.token(open - 2);
    }
    return TokenWords.isSentenceFinal(before) || before.is(":") || isAbbreviationEnd(before, open);
  }

  /**
   * {@code ... of Jacksonville, Fla. ''She ...}: an abbreviation's period before an opening pair
   * and a capitalized word, which the splitter leaves inside one sentence.
   */
  private boolean isAbbreviationEnd(Token before, int open) {
    return before.text().length() > 1
        && before.text().endsWith(".")
        && open + 1 < text.size()
        && text.token(open + 1).isCapitalized();
  }

  /** A single quote mark closing a quote inside the quote ({@code 'a special case,'''}). */
  private static boolean isSingleQuote(Token token) {
    return token.text().equals("'") || token.text().equals("’");
  }

  /** A closing pair: touching the word or punctuation before it. */
  private boolean closes(Token token) {
    String chars = text.text();
    return token.start() > 0 && !Character.isWhitespace(chars.charAt(token.start() - 1));
  }

  /** One past the last token of the paragraph holding token {@code index}. */
  private int paragraphEnd(int index) {
    return text.lastTokenEndingBy(text.paragraphEnd(paragraphOf(index))) + 1;
  }

  private int paragraphOf(int index) {
    return text.paragraphOf(text.token(index).start());
  }

  /** Two apostrophes or two backticks standing for a quote mark. */
  private static boolean isDoubledApostrophe(Token token) {
    return token.text().equals("''") || token.text().equals("``");
  }
}
