package dev.newsflow.events;

/** How a quote is given: in quote marks, reported, or reported with quoted words inside. */
public enum QuoteKind {
  DIRECT,
  MIXED,
  INDIRECT
}
