package dev.newsflow.sink.view;

import dev.newsflow.events.QuoteEvent;
import java.util.ArrayList;
import java.util.List;

/**
 * The most recent quotes of one speaker, newest first, at most {@link #LIMIT}.
 *
 * @param quotes quote events, newest first
 */
public record SpeakerQuotes(List<QuoteEvent> quotes) {

  /** How many quotes are kept per speaker. */
  public static final int LIMIT = 200;

  /** No quotes yet. */
  public static SpeakerQuotes empty() {
    return new SpeakerQuotes(List.of());
  }

  /** Returns a copy with the quote first; the same quote of the same article is kept once. */
  public SpeakerQuotes with(QuoteEvent quote) {
    List<QuoteEvent> next = new ArrayList<>(LIMIT);
    next.add(quote);
    for (QuoteEvent known : quotes) {
      if (next.size() < LIMIT && !sameQuote(known, quote)) {
        next.add(known);
      }
    }
    return new SpeakerQuotes(List.copyOf(next));
  }

  private static boolean sameQuote(QuoteEvent a, QuoteEvent b) {
    return a.articleId().equals(b.articleId()) && a.quote().id().equals(b.quote().id());
  }
}
