package dev.newsflow.enrich.nlp.quotes;

import dev.newsflow.enrich.nlp.entities.ArticleEntities;
import dev.newsflow.enrich.nlp.entities.EntityMention;
import dev.newsflow.enrich.nlp.text.AnnotatedText;
import dev.newsflow.events.EntityType;
import dev.newsflow.events.QuoteKind;
import dev.newsflow.events.Speaker;
import dev.newsflow.events.TextSpan;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;

/**
 * Gives quotes with no cue of their own the speaker of the quote before them: a quote open at a
 * paragraph end goes on in the next paragraph; a quote after an attributed one in the same
 * paragraph, or opening the next paragraph, continues it unless another person is named between.
 * Reported speech counts as the quote before ({@code Ana argued that ...} followed by a quoted
 * paragraph is Ana's).
 */
final class QuoteContinuations {

  private static final double SAME_PARAGRAPH = 0.8;
  private static final double NEXT_PARAGRAPH = 0.7;

  private final AnnotatedText text;
  private final QuotedSpans quoted;
  private final ArticleEntities entities;

  QuoteContinuations(AnnotatedText text, QuotedSpans quoted, ArticleEntities entities) {
    this.text = text;
    this.quoted = quoted;
    this.entities = entities;
  }

  /** Fills in the unattributed parts of quotes that run across paragraphs. */
  void carryAlongOpenQuotes(QuoteDraft[] bySpan) {
    int i = 0;
    while (i < quoted.size()) {
      int last = i;
      while (last + 1 < quoted.size() && continuesInNextParagraph(last)) {
        last++;
      }
      int first = i;
      while (first <= last && bySpan[first] == null) {
        first++;
      }
      QuoteDraft source = first <= last ? bySpan[first] : null;
      int from = first > i && followsAttributedInParagraph(i, bySpan) ? first : i;
      for (int k = from; k <= last && source != null; k++) {
        if (bySpan[k] == null) {
          bySpan[k] = continuation(quoted.get(k), source, source.speaker(), SAME_PARAGRAPH);
        }
      }
      i = last + 1;
    }
  }

  /**
   * Fills in unattributed, unconsumed spans from the attributed quote before them, in text order; a
   * term in a noun phrase ({@code an “unlimited partnership”}) is nobody's words.
   *
   * @param bySpan draft per quoted span, null when unattributed; filled in place
   * @param consumed spans that are part of a mixed quote
   * @param attributed quotes with a speaker by start offset; continuations are added
   */
  void continueSpeakers(
      QuoteDraft[] bySpan, boolean[] consumed, NavigableMap<Integer, QuoteDraft> attributed) {
    for (int i = 0; i < quoted.size(); i++) {
      if (bySpan[i] != null || consumed[i]) {
        continue;
      }
      QuotedSpan span = quoted.get(i);
      QuoteDraft before = turnBefore(span.open(), attributed);
      if (before == null
          || ScareQuotes.isTermInNounPhrase(text, span, text.firstTokenAtOrAfter(span.open()))) {
        continue;
      }
      int beforeParagraph = text.paragraphOf(before.start());
      boolean sameParagraph = beforeParagraph == span.paragraph();
      boolean opensNextParagraph =
          beforeParagraph == span.paragraph() - 1
              && span.open() == text.paragraphStart(span.paragraph())
              && !hasCueLaterInParagraph(bySpan, i);
      if (before.end() > span.open()
          || !before.hasSpeaker()
          || !(sameParagraph || opensNextParagraph)
          || otherPersonBetween(before, span.open())) {
        continue;
      }
      bySpan[i] =
          continuation(
              span,
              before,
              namedSpeaker(before, attributed),
              sameParagraph ? SAME_PARAGRAPH : NEXT_PARAGRAPH);
      attributed.put(bySpan[i].start(), bySpan[i]);
    }
  }

  /**
   * The attribution whose speaker holds the turn at {@code offset}: the nearest one before it,
   * passing over reported clauses that sit in the sentence of an earlier quote's cue ({@code “...,”
   * Ana said, referring to the vote.} is still Ana's quote, not a new statement).
   */
  private QuoteDraft turnBefore(int offset, NavigableMap<Integer, QuoteDraft> attributed) {
    Map.Entry<Integer, QuoteDraft> entry = attributed.lowerEntry(offset);
    while (entry != null && entry.getValue().kind() == QuoteKind.INDIRECT) {
      Map.Entry<Integer, QuoteDraft> earlier = attributed.lowerEntry(entry.getKey());
      if (earlier == null || !inCueSentence(entry.getValue(), earlier.getValue())) {
        break;
      }
      entry = earlier;
    }
    return entry == null ? null : entry.getValue();
  }

  private boolean inCueSentence(QuoteDraft clause, QuoteDraft quote) {
    if (quote.kind() == QuoteKind.INDIRECT || quote.cue() == null) {
      return false;
    }
    return sentenceAt(quote.cue().start()) == sentenceAt(clause.start());
  }

  private int sentenceAt(int offset) {
    return text.token(text.firstTokenAtOrAfter(offset)).sentence();
  }

  /**
   * Whether the quote before span {@code index} in its paragraph has a speaker: then the span goes
   * on that quote ({@code “A,” he said. “B ...}), even when B runs into a paragraph whose cue names
   * the speaker again; {@link #continueSpeakers} gives it that speaker.
   */
  private boolean followsAttributedInParagraph(int index, QuoteDraft[] bySpan) {
    return index > 0
        && bySpan[index - 1] != null
        && quoted.get(index - 1).paragraph() == quoted.get(index).paragraph();
  }

  private boolean continuesInNextParagraph(int index) {
    QuotedSpan span = quoted.get(index);
    QuotedSpan next = quoted.get(index + 1);
    return !span.closed()
        && next.paragraph() == span.paragraph() + 1
        && next.open() == text.paragraphStart(next.paragraph());
  }

  private boolean hasCueLaterInParagraph(QuoteDraft[] bySpan, int index) {
    int paragraph = quoted.get(index).paragraph();
    for (int k = index; k < quoted.size() && quoted.get(k).paragraph() == paragraph; k++) {
      if (bySpan[k] != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a person other than the speaker is named between a quote and the next one, outside
   * quote marks and outside the sentence that holds the first quote's cue.
   */
  private boolean otherPersonBetween(QuoteDraft before, int offset) {
    int from = before.end();
    if (before.cue() != null && before.cue().end() > from) {
      int sentenceEnd = text.sentenceEnd(sentenceAt(before.cue().start()));
      from = sentenceEnd < text.size() ? text.token(sentenceEnd).start() : offset;
    }
    for (EntityMention mention : entities.mentionsWithin(from, offset)) {
      if (mention.entity().type() == EntityType.PERSON
          && !quoted.covers(mention.start())
          && !mention.entity().id().equals(before.speaker().entityId())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The speaker a continuation names: a source that speaks through a relative pronoun ({@code
   * “...,” said Ana Lind, who said she ...}) passes on the mention of the quote before it in the
   * same sentence that names the pronoun's antecedent.
   */
  private Speaker namedSpeaker(QuoteDraft source, NavigableMap<Integer, QuoteDraft> attributed) {
    TextSpan relative = source.speaker().mention();
    if (relative == null || !relative.text().equalsIgnoreCase("who")) {
      return source.speaker();
    }
    int sentence = sentenceAt(relative.start());
    for (QuoteDraft earlier : attributed.headMap(source.start(), false).descendingMap().values()) {
      TextSpan mention = earlier.speaker().mention();
      if (mention != null
          && mention.end() <= relative.start()
          && sentenceAt(mention.start()) == sentence
          && Objects.equals(earlier.speaker().name(), source.speaker().name())) {
        return earlier.speaker();
      }
    }
    return source.speaker();
  }

  private static QuoteDraft continuation(
      QuotedSpan span, QuoteDraft source, Speaker speaker, double factor) {
    return new QuoteDraft(
        span.contentStart(),
        span.contentEnd(),
        QuoteKind.DIRECT,
        speaker,
        null,
        Math.min(source.confidence(), QuoteExtractor.DIRECT) * factor);
  }
}
