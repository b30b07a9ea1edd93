package dev.newsflow.ingest;

import dev.newsflow.events.Article;
import dev.newsflow.ingest.dedup.Deduplicator;
import dev.newsflow.ingest.dedup.Fingerprint;
import dev.newsflow.ingest.dedup.Verdict;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.ingest.publish.Delivery;
import dev.newsflow.ingest.source.Candidate;
import dev.newsflow.ingest.source.CandidateSink;
import dev.newsflow.ingest.validation.CandidateValidator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open connection of ingest to Kafka: validates each candidate, guesses its language, drops
 * exact duplicates, publishes the rest and, on {@link #flush()}, waits for the broker and records
 * what was published in the seen-set. Not thread-safe; long-running sources flush per batch.
 *
 * <p>The CPU work per candidate ({@link ArticlePreparer}) runs on {@link IngestOptions#workers()}
 * threads; deduplication decides and articles are sent on the calling thread, in input order, so
 * what is published, skipped or marked as a near duplicate does not depend on the threads.
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
  private final ArticlePreparer preparer;
  private final OrderedWorkers<PreparedArticle> workers;
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
    this.preparer = new ArticlePreparer(validator, deduplicator, options.detectLanguage());
    this.workers = new OrderedWorkers<>(options.workers(), this::decide);
    this.onInput = onInput;
  }

  /**
   * True when an article with this URL was already published or accepted, so it need not be
   * fetched; decides on the candidates still being prepared first.
   */
  public boolean knowsUrl(String url) {
    workers.finish();
    return deduplicator.knowsUrl(url);
  }

  /** Returns what is wrong with a candidate, or empty when it may be published. */
  public Optional<String> problemWith(Candidate candidate) {
    return validator.problemWith(candidate);
  }

  @Override
  public void accept(Candidate candidate) {
    onInput.run();
    Instant ingestedAt = options.clock().instant();
    workers.submit(() -> preparer.prepare(candidate, ingestedAt));
  }

  /** Decides on a prepared input, in input order, and publishes it unless it is a duplicate. */
  private void decide(PreparedArticle prepared) {
    if (prepared.problem() != null) {
      rejectQuietly(prepared.origin(), prepared.problem());
      return;
    }
    Article article = prepared.article();
    Fingerprint fingerprint = prepared.fingerprint();
    String origin = prepared.origin();
    Verdict verdict = deduplicator.claim(fingerprint);
    if (verdict.kind() == Verdict.Kind.DUPLICATE) {
      LOG.debug("Skipping {} from {}: {}", article.id(), origin, verdict.reason());
      duplicates.add(new Duplicate(origin, article.id(), verdict.duplicateOf(), verdict.reason()));
      return;
    }
    if (prepared.languagePending()) {
      article = ArticlePreparer.withGuessedLanguage(article);
    }
    Map<String, String> headers = new LinkedHashMap<>();
    if (verdict.kind() == Verdict.Kind.NEAR_DUPLICATE) {
      article = ArticleCopies.withDuplicateOf(article, verdict.duplicateOf());
      headers.put(DUPLICATE_OF_HEADER, verdict.duplicateOf());
      nearDuplicates.add(
          new Duplicate(origin, article.id(), verdict.duplicateOf(), verdict.reason()));
    }
    if (!article.authors().isEmpty()) {
      headers.put(AUTHORS_HEADER, JsonStrings.array(article.authors()));
    }
    pending.put(article.id(), fingerprint);
    publish(article, origin, headers);
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
    workers.submitDone(PreparedArticle.rejected(origin, reason));
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
    workers.finish();
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
    Set<String> acknowledged = new HashSet<>(published);
    // A near duplicate the broker never took is a failure, reported as such, not a publication.
    List<Duplicate> publishedNearDuplicates =
        nearDuplicates.stream().filter(d -> acknowledged.contains(d.articleId())).toList();
    IngestResult result =
        new IngestResult(published, rejections, failures, duplicates, publishedNearDuplicates);
    rejections.clear();
    failures.clear();
    duplicates.clear();
    nearDuplicates.clear();
    return result;
  }

  @Override
  public void close() {
    workers.close();
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
