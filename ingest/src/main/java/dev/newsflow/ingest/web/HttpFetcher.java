package dev.newsflow.ingest.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Fetches URLs with {@link HttpClient}: http and https only, a connect and a response timeout,
 * normal redirects, a user agent and a cap on the body size; every failure becomes a {@link
 * FetchException} naming the URL and the cause.
 */
public final class HttpFetcher {

  /** The user agent sent, and the name looked for in robots.txt. */
  public static final String USER_AGENT = "newsflow-ingest/0.1 (+https://github.com/newsflow)";

  private final HttpClient client;
  private final Duration timeout;
  private final long maxBytes;

  /**
   * Creates a fetcher.
   *
   * @param timeout how long to wait to connect, and again for the response headers
   * @param maxBytes the largest body read; a larger one fails
   */
  public HttpFetcher(Duration timeout, long maxBytes) {
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    this.timeout = timeout;
    this.maxBytes = maxBytes;
  }

  /**
   * Fetches a URL with extra request headers; any status is returned, the caller decides.
   *
   * @throws FetchException for a bad URL, a timeout, a network error or a body over the cap
   */
  public Fetched get(URI uri, Map<String, String> requestHeaders) throws FetchException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchException(uri + ": only http and https URLs can be fetched");
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", USER_AGENT).GET();
    requestHeaders.forEach(request::header);
    HttpResponse<InputStream> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpTimeoutException e) {
      throw new FetchException(uri + ": timed out after " + timeout.toMillis() + " ms");
    } catch (IOException e) {
      throw new FetchException(uri + ": " + describe(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(uri + ": interrupted");
    }
    try (InputStream body = response.body()) {
      OptionalLong length = response.headers().firstValueAsLong("Content-Length");
      if (length.isPresent() && length.getAsLong() > maxBytes) {
        throw tooLarge(uri, length.getAsLong());
      }
      byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw tooLarge(uri, -1);
      }
      return new Fetched(response.uri(), response.statusCode(), response.headers(), bytes);
    } catch (IOException e) {
      throw new FetchException(uri + ": cannot read the response: " + describe(e));
    }
  }

  private FetchException tooLarge(URI uri, long length) {
    return new FetchException(
        String.format(
            Locale.ROOT,
            "%s: response is %s bytes, over the cap of %,d",
            uri,
            length < 0 ? "more than " + maxBytes : String.format(Locale.ROOT, "%,d", length),
            maxBytes));
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
