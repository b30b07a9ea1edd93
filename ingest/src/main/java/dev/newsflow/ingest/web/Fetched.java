package dev.newsflow.ingest.web;

import java.net.URI;
import java.net.http.HttpHeaders;

/**
 * A response read within the size cap.
 *
 * @param uri the URI answered, after redirects
 * @param status the HTTP status
 * @param headers the response headers
 * @param body the body, empty for 304
 */
@SuppressWarnings("ArrayRecordComponent") // read-only by convention, never compared
public record Fetched(URI uri, int status, HttpHeaders headers, byte[] body) {

  /** The value of a header, or null. */
  public String header(String name) {
    return headers.firstValue(name).orElse(null);
  }
}
