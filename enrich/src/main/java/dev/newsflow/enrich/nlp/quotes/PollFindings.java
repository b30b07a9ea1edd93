package dev.newsflow.enrich.nlp.quotes;

import dev.newsflow.enrich.nlp.text.AnnotatedText;
import dev.newsflow.enrich.nlp.text.Token;
import java.util.List;

/**
 * What a poll found, cited with {@code in}: {@code In a CBS News poll released Monday, Clinton led
 * Sanders 56 percent to 32 percent.} and {@code Trump leads Cruz by 9 points in the latest CNN/ORC
 * poll.} The poll is the source, the clause the content, as a reader cites it (PolNeAR marks {@code
 * in} as the cue). A poll named with {@code according to} is read by the sentence rules.
 */
final class PollFindings {

  private static final double STRENGTH = 0.6;
  private static final int MAX_SOURCE = 14;
  private static final int MIN_CONTENT = 3;

  private final AnnotatedText text;
  private final ClauseSpans spans;

  PollFindings(AnnotatedText text, ClauseSpans spans) {
    this.text = text;
    this.spans = spans;
  }

  /** Adds the poll findings of the sentence at tokens {@code [from, to)} no clause holds yet. */
  void find(int from, int to, List<ReportedClause> out) {
    int in = spans.afterConjunction(from, to);
    if (in < to && isIn(in, to)) {
      opening(in, to, out);
    }
    closing(from, to, out);
  }

  /** {@code In POLL, CLAUSE.} */
  private void opening(int in, int to, List<ReportedClause> out) {
    int poll = -1;
    int comma = -1;
    for (int k = in + 1; k < to && k <= in + MAX_SOURCE; k++) {
      Token token = text.token(k);
      if (token.is(",")) {
        comma = k;
        break;
      }
      if (TokenWords.isFiniteVerb(token) || TokenWords.isClauseBreak(token)) {
        return;
      }
      poll = SpeakerPhraseFinder.isPollNoun(token) ? k : poll;
    }
    if (poll < 0 || comma < 0) {
      return;
    }
    int content = comma + 1;
    int end = spans.contentEnd(content, to);
    add(content, end, in, new SpeakerPhrase(in + 1, comma, poll + 1), out);
  }

  /**
   * {@code CLAUSE in POLL [released Monday][, ...].}: the last {@code in} of the sentence, when the
   * words after it up to a comma hold a poll and no verb.
   */
  private void closing(int from, int to, List<ReportedClause> out) {
    int in = to - 1;
    while (in >= from + MIN_CONTENT && !isIn(in, to)) {
      in--;
    }
    if (in < from + MIN_CONTENT) {
      return;
    }
    int poll = pollAfter(in, to);
    int end = poll + 1;
    while (end < to && !text.token(end).is(",") && !TokenWords.isSentenceFinal(text.token(end))) {
      Token token = text.token(end);
      if (TokenWords.isFiniteVerb(token) || TokenWords.isClauseBreak(token)) {
        return;
      }
      end++;
    }
    if (poll > 0 && isNamedPoll(in, poll) && !continuesPhrase(poll + 1, end)) {
      int first = spans.firstWord(from, in);
      add(first, spans.wordsEnd(first, in), in, new SpeakerPhrase(in + 1, end, poll + 1), out);
    }
  }

  /**
   * The poll noun heading the noun phrase after {@code in} at token {@code in} ({@code the latest
   * CNN/ORC poll}, {@code the RealClearPolitics average of recent polls}), or -1.
   */
  private int pollAfter(int in, int to) {
    for (int k = in + 1; k < to && k <= in + MAX_SOURCE; k++) {
      Token token = text.token(k);
      if (SpeakerPhraseFinder.isPollNoun(token)) {
        boolean head = k + 1 >= to || !text.token(k + 1).isNoun();
        return head ? k : -1;
      }
      String tag = token.tag();
      boolean nounPhrase =
          tag.equals("DT")
              || tag.equals("PRP$")
              || tag.startsWith("JJ")
              || tag.startsWith("NN")
              || tag.equals("POS")
              || tag.equals("CD")
              || tag.equals("HYPH")
              || token.is("of")
              || token.is("/");
      if (!nounPhrase) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether the poll is more than "the polls": a poll, or polls with a word of their own. */
  private boolean isNamedPoll(int in, int poll) {
    boolean plural = text.token(poll).text().endsWith("s");
    boolean bare = poll == in + 1 || (poll == in + 2 && text.token(in + 1).is("the"));
    return !(plural && bare);
  }

  /** Whether the words after the poll go on with another phrase ({@code and fight}, {@code to}). */
  private boolean continuesPhrase(int after, int end) {
    return after < end && (text.token(after).tag().equals("CC") || text.token(after).is("to"));
  }

  /** Whether token {@code k} is the word "in" on its own, not the start of "in-depth". */
  private boolean isIn(int k, int to) {
    boolean word = k + 1 >= to || text.token(k).end() < text.token(k + 1).start();
    return text.token(k).is("in") && word;
  }

  private void add(int first, int end, int cue, SpeakerPhrase poll, List<ReportedClause> out) {
    boolean clause = end - first >= MIN_CONTENT && TokenWords.hasFiniteVerb(text, first, end);
    if (clause && !spans.takenBy(out, first, end) && !spans.holdsQuotedWords(first, end)) {
      out.add(spans.clause(first, end, new Attribution(cue, cue + 1, poll), STRENGTH));
    }
  }
}
