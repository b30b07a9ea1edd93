package dev.newsflow.ingest;

import dev.newsflow.events.Article;
import dev.newsflow.ingest.dedup.Deduplicator;
import dev.newsflow.ingest.dedup.Fingerprint;
import dev.newsflow.ingest.language.LanguageGuesser;
import dev.newsflow.ingest.source.Candidate;
import dev.newsflow.ingest.validation.CandidateValidator;
import java.time.Instant;
import java.util.Optional;

/**
 * The CPU work on one candidate before deduplication decides: validation, id and content hash,
 * fingerprint and language. Decides nothing and changes nothing, so {@link IngestSession} runs it
 * on several threads at once; the language is not guessed for an article the seen-set already holds
 * as an exact duplicate.
 */
final class ArticlePreparer {

  private final CandidateValidator validator;
  private final Deduplicator deduplicator;
  private final boolean detectLanguage;

  ArticlePreparer(CandidateValidator validator, Deduplicator deduplicator, boolean detectLanguage) {
    this.validator = validator;
    this.deduplicator = deduplicator;
    this.detectLanguage = detectLanguage;
  }

  PreparedArticle prepare(Candidate candidate, Instant ingestedAt) {
    Optional<String> problem = validator.problemWith(candidate);
    if (problem.isPresent()) {
      return PreparedArticle.rejected(candidate.origin(), problem.get());
    }
    Article article = candidate.toArticle(ingestedAt);
    Fingerprint fingerprint = Fingerprint.of(article);
    boolean guess = candidate.language() == null && detectLanguage;
    if (guess && !deduplicator.holdsExactly(fingerprint)) {
      article = withGuessedLanguage(article);
      guess = false;
    }
    return new PreparedArticle(candidate.origin(), null, article, fingerprint, guess);
  }

  /** Returns the article with its guessed language, or unchanged when there is no clear guess. */
  static Article withGuessedLanguage(Article article) {
    return LanguageGuesser.guess(article.title() + "\n" + article.body())
        .map(language -> ArticleCopies.withLanguage(article, language))
        .orElse(article);
  }
}
