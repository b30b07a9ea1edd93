package dev.newsflow.ingest;

import dev.newsflow.events.Article;
import dev.newsflow.events.KafkaSettings;
import dev.newsflow.ingest.publish.ArticlePublisher;
import dev.newsflow.ingest.publish.Delivery;
import dev.newsflow.ingest.source.Candidate;
import dev.newsflow.ingest.source.CandidateSink;
import dev.newsflow.ingest.source.InputReader;
import dev.newsflow.ingest.validation.CandidateValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads inputs, validates each candidate article and publishes the valid ones: the in-process entry
 * point of ingest, used by {@link IngestCommand} and the all-in-one local mode.
 */
public final class Ingestor {

  private static final Logger LOG = LoggerFactory.getLogger(Ingestor.class);

  private final IngestOptions options;
  private final Supplier<ArticlePublisher> publishers;

  /** Creates an ingestor publishing with a Kafka producer built from the settings. */
  public Ingestor(KafkaSettings settings, IngestOptions options) {
    this(options, () -> ArticlePublisher.create(settings, options.timeout()));
  }

  /**
   * Creates an ingestor publishing with the given publishers; one is created per run, and only when
   * there is a valid article to publish.
   */
  public Ingestor(IngestOptions options, Supplier<ArticlePublisher> publishers) {
    this.options = options;
    this.publishers = publishers;
  }

  /**
   * Ingests files, directories and {@code -} (stdin), in order. Bad inputs are rejected and
   * reported without stopping the good ones; nothing is thrown for bad input or an unreachable
   * broker.
   */
  public IngestResult ingest(List<String> inputs) {
    try (Run run = new Run()) {
      new InputReader(options.stdin()).read(inputs, run);
      return run.result();
    }
  }

  /** The state of one run: rejections so far and the publisher, created on first use. */
  private final class Run implements CandidateSink, AutoCloseable {

    private final CandidateValidator validator = new CandidateValidator(options.maxBodyBytes());
    private final List<Rejection> rejections = new ArrayList<>();
    private final List<PublishFailure> failures = new ArrayList<>();
    private ArticlePublisher publisher;
    private String publisherFailure;

    @Override
    public void accept(Candidate candidate) {
      Optional<String> problem = validator.problemWith(candidate);
      if (problem.isPresent()) {
        reject(candidate.origin(), problem.get());
        return;
      }
      Article article = candidate.toArticle(options.clock().instant());
      LOG.debug("Publishing {} from {}", article.id(), candidate.origin());
      if (publisher == null && publisherFailure == null) {
        try {
          publisher = publishers.get();
        } catch (KafkaException e) {
          publisherFailure = "cannot create the Kafka producer: " + rootMessage(e);
          LOG.error("Could not publish: {}", publisherFailure);
        }
      }
      if (publisher != null) {
        publisher.publish(article, candidate.origin());
      } else {
        failures.add(new PublishFailure(candidate.origin(), article.id(), publisherFailure));
      }
    }

    @Override
    public void reject(String origin, String reason) {
      LOG.debug("Rejected {}: {}", origin, reason);
      rejections.add(new Rejection(origin, reason));
    }

    IngestResult result() {
      List<String> published = new ArrayList<>();
      if (publisher != null) {
        for (Delivery delivery : publisher.awaitDeliveries()) {
          if (delivery.delivered()) {
            published.add(delivery.articleId());
          } else {
            failures.add(
                new PublishFailure(delivery.origin(), delivery.articleId(), delivery.failure()));
          }
        }
      }
      return new IngestResult(published, rejections, failures);
    }

    @Override
    public void close() {
      if (publisher != null) {
        publisher.close();
      }
    }
  }

  private static String rootMessage(Throwable error) {
    Throwable cause = error;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage() != null ? cause.getMessage() : error.toString();
  }
}
