package dev.newsflow.ingest;

import dev.newsflow.events.Article;
import dev.newsflow.ingest.dedup.Deduplicator;
import dev.newsflow.ingest.dedup.Fingerprint;
import dev.newsflow.ingest.dedup.Verdict;
import dev.newsflow.ingest.language.LanguageGuesser;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.ingest.publish.Delivery;
import dev.newsflow.ingest.source.Candidate;
import dev.newsflow.ingest.source.CandidateSink;
import dev.newsflow.ingest.validation.CandidateValidator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open connection of ingest to Kafka: validates each candidate, guesses its language, drops
 * exact duplicates, publishes the rest and, on {@link #flush()}, waits for the broker and records
 * what was published in the seen-set. Not thread-safe; long-running sources flush per batch.
 */
public final class IngestSession implements CandidateSink, AutoCloseable {

  /**
   * The record header naming the article a near duplicate copies; the same id is in the value's
   * {@code duplicateOf}, the header lets consumers skip copies without parsing the value.
   */
  public static final String DUPLICATE_OF_HEADER = "newsflow.duplicateOf";

  /** The record header carrying the authors (also in the value) as a JSON array of strings. */
  public static final String AUTHORS_HEADER = "newsflow.authors";

  private static final Logger LOG = LoggerFactory.getLogger(IngestSession.class);

  private final IngestOptions options;
  private final Supplier<ArticlePublisher> publishers;
  private final Deduplicator deduplicator;
  private final CandidateValidator validator;
  private final Runnable onInput;
  private final List<Rejection> rejections = new ArrayList<>();
  private final List<PublishFailure> failures = new ArrayList<>();
  private final List<Duplicate> duplicates = new ArrayList<>();
  private final List<Duplicate> nearDuplicates = new ArrayList<>();
  private final Map<String, Fingerprint> pending = new HashMap<>();
  private ArticlePublisher publisher;
  private String publisherFailure;

  IngestSession(
      IngestOptions options,
      Supplier<ArticlePublisher> publishers,
      Deduplicator deduplicator,
      Runnable onInput) {
    this.options = options;
    this.publishers = publishers;
    this.deduplicator = deduplicator;
    this.validator = new CandidateValidator(options.maxBodyBytes());
    this.onInput = onInput;
  }

  /** True when an article with this URL was already published, so it need not be fetched. */
  public boolean knowsUrl(String url) {
    return deduplicator.knowsUrl(url);
  }

  /** Returns what is wrong with a candidate, or empty when it may be published. */
  public Optional<String> problemWith(Candidate candidate) {
    return validator.problemWith(candidate);
  }

  @Override
  public void accept(Candidate candidate) {
    onInput.run();
    Optional<String> problem = validator.problemWith(candidate);
    if (problem.isPresent()) {
      rejectQuietly(candidate.origin(), problem.get());
      return;
    }
    Article article = candidate.toArticle(options.clock().instant());
    Fingerprint fingerprint = Fingerprint.of(article);
    Verdict verdict = deduplicator.claim(fingerprint);
    if (verdict.kind() == Verdict.Kind.DUPLICATE) {
      LOG.debug("Skipping {} from {}: {}", article.id(), candidate.origin(), verdict.reason());
      duplicates.add(
          new Duplicate(candidate.origin(), article.id(), verdict.duplicateOf(), verdict.reason()));
      return;
    }
    if (candidate.language() == null && options.detectLanguage()) {
      Optional<String> language =
          LanguageGuesser.guess(candidate.title() + "\n" + candidate.body());
      if (language.isPresent()) {
        article = candidate.withLanguage(language.get()).toArticle(article.ingestedAt());
      }
    }
    Map<String, String> headers = new LinkedHashMap<>();
    if (verdict.kind() == Verdict.Kind.NEAR_DUPLICATE) {
      article = nearDuplicateOf(article, verdict.duplicateOf());
      headers.put(DUPLICATE_OF_HEADER, verdict.duplicateOf());
      nearDuplicates.add(
          new Duplicate(candidate.origin(), article.id(), verdict.duplicateOf(), verdict.reason()));
    }
    if (!candidate.authors().isEmpty()) {
      headers.put(AUTHORS_HEADER, JsonStrings.array(candidate.authors()));
    }
    pending.put(article.id(), fingerprint);
    publish(article, candidate.origin(), headers);
  }

  private static Article nearDuplicateOf(Article a, String originalId) {
    return new Article(
        a.schemaVersion(),
        a.id(),
        a.url(),
        a.source(),
        a.title(),
        a.body(),
        a.language(),
        a.publishedAt(),
        a.ingestedAt(),
        a.contentHash(),
        originalId,
        a.authors());
  }

  private void publish(Article article, String origin, Map<String, String> headers) {
    if (publisher == null && publisherFailure == null) {
      try {
        publisher = publishers.get();
      } catch (KafkaException e) {
        publisherFailure = "cannot create the Kafka producer: " + rootMessage(e);
        LOG.error("Could not publish: {}", publisherFailure);
      }
    }
    if (publisher != null) {
      LOG.debug("Publishing {} from {}", article.id(), origin);
      publisher.publish(article, origin, headers);
    } else {
      failures.add(new PublishFailure(origin, article.id(), publisherFailure));
      deduplicator.forget(pending.remove(article.id()));
    }
  }

  @Override
  public void reject(String origin, String reason) {
    onInput.run();
    rejectQuietly(origin, reason);
  }

  private void rejectQuietly(String origin, String reason) {
    LOG.debug("Rejected {}: {}", origin, reason);
    rejections.add(new Rejection(origin, reason));
  }

  /**
   * Waits for every acknowledgement, records the published articles in the seen-set and returns
   * what happened since the previous flush.
   */
  public IngestResult flush() {
    List<String> published = new ArrayList<>();
    List<Fingerprint> confirmed = new ArrayList<>();
    if (publisher != null) {
      for (Delivery delivery : publisher.awaitDeliveries()) {
        Fingerprint fingerprint = pending.remove(delivery.articleId());
        if (delivery.delivered()) {
          published.add(delivery.articleId());
          if (fingerprint != null) {
            confirmed.add(fingerprint);
          }
        } else {
          failures.add(
              new PublishFailure(delivery.origin(), delivery.articleId(), delivery.failure()));
          if (fingerprint != null) {
            deduplicator.forget(fingerprint);
          }
        }
      }
    }
    deduplicator.confirm(confirmed);
    IngestResult result =
        new IngestResult(published, rejections, failures, duplicates, nearDuplicates);
    rejections.clear();
    failures.clear();
    duplicates.clear();
    nearDuplicates.clear();
    return result;
  }

  @Override
  public void close() {
    if (publisher != null) {
      publisher.close();
    }
  }

  static String rootMessage(Throwable error) {
    Throwable cause = error;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage() != null ? cause.getMessage() : error.toString();
  }
}
