package dev.newsflow.ingest;

/**
 * A valid article that Kafka did not acknowledge.
 *
 * @param origin where the article was read
 * @param articleId the article's id
 * @param reason why publishing failed
 */
public record PublishFailure(String origin, String articleId, String reason) {}
