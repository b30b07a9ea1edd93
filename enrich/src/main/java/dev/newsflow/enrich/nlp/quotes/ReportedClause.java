package dev.newsflow.enrich.nlp.quotes;

/**
 * Reported speech: a clause someone is said to have said, without being a quote of its own.
 *
 * @param start first code unit of the reported content
 * @param end one past the last code unit of the content
 * @param attribution cue and speaker; the speaker is null when it is the one of the clause before
 *     ("..., adding that ...")
 * @param strength how reliable the pattern is, 0 to 1
 * @param sourceless whether the cue names no source by its nature ({@code X is expected to ...},
 *     {@code X seems ...}); the attribution's speaker is then null and stays unknown
 */
record ReportedClause(
    int start, int end, Attribution attribution, double strength, boolean sourceless) {

  ReportedClause(int start, int end, Attribution attribution, double strength) {
    this(start, end, attribution, strength, false);
  }
}
