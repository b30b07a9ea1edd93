/**
 * Quotes: our own rules over the text, its tokens and entities (no CoreNLP quote annotators). Quote
 * marks give direct quotes, reporting verbs ("said", "told ... that") give their speakers and
 * reported speech; pronoun speakers resolve to the most recent compatible person.
 */
package dev.newsflow.enrich.nlp.quotes;
