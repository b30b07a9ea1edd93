package dev.newsflow.enrich.nlp.quotes;

/**
 * Reported speech: a clause someone is said to have said, without being a quote of its own.
 *
 * @param start first code unit of the reported content
 * @param end one past the last code unit of the content
 * @param attribution cue and speaker; the speaker is null when it is the one of the clause before
 *     ("..., adding that ...")
 * @param strength how reliable the pattern is, 0 to 1
 */
record ReportedClause(int start, int end, Attribution attribution, double strength) {}
