package dev.newsflow.enrich.nlp.quotes;

import dev.newsflow.enrich.nlp.text.AnnotatedText;
import dev.newsflow.enrich.nlp.text.Token;
import java.util.List;
import java.util.Set;

/**
 * A question put to someone by no one named: {@code Asked about the fare deal, Rovira said ...},
 * {@code When asked whether ..., she ...}, {@code Rovira was asked about the night trams.} The
 * question is what is attributed, with cue "asked" and no source (the asker is the press, unnamed),
 * as PolNeAR marks it; a question someone named asks ({@code Brandt asked whether ...}) is read by
 * the speech rules.
 */
final class QuestionsPut {

  private static final double STRENGTH = 0.45;
  private static final int MIN_CONTENT = 2;
  private static final int MAX_ADJUNCT = 8;
  private static final Set<String> CUES = Set.of("asked", "questioned");
  private static final Set<String> LEADS = Set.of("when", "after", "once", "if", "while", "before");
  private static final Set<String> QUESTION_OPENERS =
      Set.of("about", "whether", "if", "why", "how", "what", "who", "when", "where", "which", "to");

  private final AnnotatedText text;
  private final QuotedSpans quoted;
  private final ClauseSpans spans;

  QuestionsPut(AnnotatedText text, QuotedSpans quoted, ClauseSpans spans) {
    this.text = text;
    this.quoted = quoted;
    this.spans = spans;
  }

  /** Adds the questions put in the sentence at tokens {@code [from, to)} no clause holds yet. */
  void find(int from, int to, List<ReportedClause> out) {
    int opening = spans.afterConjunction(spans.firstWord(from, to), to);
    for (int v = from; v + 1 < to; v++) {
      Token verb = text.token(v);
      if (!CUES.contains(verb.lower()) || !verb.tag().startsWith("VB")) {
        continue;
      }
      boolean participle = v == opening || isLead(v - 1, from);
      if ((!participle && !isPassive(v, from)) || followsQuote(v)) {
        continue;
      }
      int content = questionStart(v + 1, to);
      if (content < 0) {
        continue;
      }
      int end = participle ? commaOrEnd(content, to) : spans.contentEnd(content, to);
      end = spans.wordsEnd(content, end);
      if (end - content < MIN_CONTENT || spans.takenBy(out, content, end)) {
        continue;
      }
      out.add(spans.unsourced(content, end, new Attribution(v, v + 1, null), STRENGTH));
    }
  }

  /** {@code When asked}, {@code , asked}: a participle that opens a clause of its own. */
  private boolean isLead(int k, int from) {
    return k >= from && (LEADS.contains(text.token(k).lower()) || text.token(k).is(","));
  }

  /**
   * {@code “...?” asked Ana Lind}: a cue in lower case right after quoted words (and a comma; the
   * splitter often ends a sentence after the question mark) is the quote's, and the name after it
   * its speaker, no question put; {@code “...” Asked about ...} opens a sentence of its own.
   */
  private boolean followsQuote(int v) {
    if (text.token(v).isCapitalized()) {
      return false;
    }
    int k = v - 1;
    if (k >= 0 && text.token(k).is(",")) {
      k--;
    }
    return k >= 0 && quoted.covers(text.token(k).start());
  }

  /** {@code was asked}, {@code has been repeatedly asked}: the verb in a passive. */
  private boolean isPassive(int v, int from) {
    int k = v - 1;
    while (k >= from && text.token(k).tag().startsWith("RB")) {
      k--;
    }
    return k >= from && TokenWords.isBe(text.token(k));
  }

  /**
   * The first token of the question: right after the cue, or after the adjuncts that tell by whom,
   * where or when it was asked ({@code asked at a briefing Monday about ...}); -1 when no question
   * follows.
   */
  private int questionStart(int k, int to) {
    Token first = text.token(k);
    if (!first.tag().equals("IN") && !first.isPunctuation()) {
      return k;
    }
    for (int i = k; i < to && i < k + MAX_ADJUNCT; i++) {
      Token token = text.token(i);
      if (QUESTION_OPENERS.contains(token.lower())) {
        return i;
      }
      if (token.isPunctuation() || TokenWords.isFiniteVerb(token)) {
        return -1;
      }
    }
    return -1;
  }

  /** The comma that ends an opening participle's clause, else the end of the content. */
  private int commaOrEnd(int content, int to) {
    int end = spans.contentEnd(content, to);
    for (int i = content; i < end; i++) {
      if (text.token(i).is(",")) {
        return i;
      }
    }
    return end;
  }
}
