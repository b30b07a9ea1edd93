package dev.newsflow.enrich.nlp.quotes;

import dev.newsflow.enrich.nlp.text.AnnotatedText;
import dev.newsflow.events.QuoteKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Joins the quoted pieces of one statement: a quote with no cue of its own that goes on the
 * sentence of the quote before it, by the same speaker ({@code calls the plan “reckless” and
 * “unfair”}, {@code “...” because “...”}), is part of that quote, not a quote of its own. A piece
 * after a cue ({@code “A,” he said, “B.”}, as news corpora split such statements) or in the next
 * sentence stays apart.
 */
final class QuotedPieces {

  private QuotedPieces() {}

  /**
   * The drafts, sorted and not overlapping, with each continuing piece joined to the one before.
   */
  static List<QuoteDraft> join(AnnotatedText text, List<QuoteDraft> drafts) {
    List<QuoteDraft> joined = new ArrayList<>(drafts.size());
    for (QuoteDraft draft : drafts) {
      int last = joined.size() - 1;
      if (last >= 0 && continues(text, joined.get(last), draft)) {
        joined.set(last, joinedPair(text, joined.get(last), draft));
      } else {
        joined.add(draft);
      }
    }
    return joined;
  }

  private static boolean continues(AnnotatedText text, QuoteDraft before, QuoteDraft piece) {
    if (piece.cue() != null
        || piece.kind() == QuoteKind.INDIRECT
        || before.kind() == QuoteKind.INDIRECT
        || !before.hasSpeaker()
        || !before.speaker().equals(piece.speaker())
        || before.end() > piece.start()) {
      return false;
    }
    boolean cueBetween =
        before.cue() != null
            && before.cue().start() >= before.end()
            && before.cue().end() <= piece.start();
    if (cueBetween || between(text, before, piece).indexOf('\n') >= 0) {
      return false;
    }
    int lastOfBefore = text.lastTokenEndingBy(before.end());
    int firstOfPiece = text.firstTokenAtOrAfter(piece.start());
    return lastOfBefore >= 0
        && firstOfPiece < text.size()
        && text.token(lastOfBefore).sentence() == text.token(firstOfPiece).sentence();
  }

  private static QuoteDraft joinedPair(AnnotatedText text, QuoteDraft before, QuoteDraft piece) {
    boolean wordsBetween = between(text, before, piece).codePoints().anyMatch(Character::isLetter);
    QuoteKind kind = wordsBetween ? QuoteKind.MIXED : before.kind();
    return new QuoteDraft(
        before.start(), piece.end(), kind, before.speaker(), before.cue(), before.confidence());
  }

  /** The text between the end of one quote and the start of the next. */
  private static String between(AnnotatedText text, QuoteDraft before, QuoteDraft piece) {
    int start = before.end();
    int end = piece.start();
    return text.slice(start, end);
  }
}
