package dev.newsflow.ingest.http;

/**
 * How the endpoint listens and what it accepts.
 *
 * @param host the address to bind, e.g. 127.0.0.1
 * @param port the port, 0 for any free one
 * @param token the bearer token clients must send, or null to accept anyone
 * @param maxRequestBytes the largest request body accepted
 */
public record ServerSettings(String host, int port, String token, long maxRequestBytes) {

  /** Checks the settings. */
  public ServerSettings {
    if (maxRequestBytes <= 0) {
      throw new IllegalArgumentException("maxRequestBytes must be positive");
    }
    if (token != null && token.isBlank()) {
      throw new IllegalArgumentException("the token must not be blank");
    }
  }
}
