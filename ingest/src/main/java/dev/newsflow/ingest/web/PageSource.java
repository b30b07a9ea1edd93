package dev.newsflow.ingest.web;

import dev.newsflow.ingest.extract.ArticleExtractor;
import dev.newsflow.ingest.extract.ExtractedPage;
import dev.newsflow.ingest.source.Candidate;
import dev.newsflow.ingest.source.CandidateSink;
import dev.newsflow.ingest.source.Candidates;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns article URLs into candidates: checks robots.txt, fetches the page, insists on HTML with
 * status 200 and extracts the article; every failure is a rejection naming the URL.
 */
public final class PageSource {

  private static final Pattern CHARSET = Pattern.compile("(?i)charset=\"?([\\w.:-]+)");

  private final HttpFetcher fetcher;
  private final RobotsPolicy robots;

  /** Creates a source fetching with the given fetcher and obeying the given policy. */
  public PageSource(HttpFetcher fetcher, RobotsPolicy robots) {
    this.fetcher = fetcher;
    this.robots = robots;
  }

  /**
   * Fetches one page and passes the candidate or the rejection to the sink.
   *
   * @param fallback what to keep from a feed entry when the page does not say (may be null)
   */
  public void read(String url, Candidate fallback, CandidateSink sink) {
    URI uri;
    try {
      uri = URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      sink.reject(url, "invalid URL: " + e.getMessage());
      return;
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if ((!scheme.equals("http") && !scheme.equals("https")) || uri.getHost() == null) {
      sink.reject(url, "only absolute http and https URLs can be fetched");
      return;
    }
    if (!robots.allows(uri)) {
      sink.reject(url, "robots.txt disallows fetching it for " + RobotsPolicy.ROBOT_NAME);
      return;
    }
    Fetched page;
    try {
      page = fetcher.get(uri, Map.of("Accept", "text/html,application/xhtml+xml"));
    } catch (FetchException e) {
      sink.reject(url, e.getMessage());
      return;
    }
    if (page.status() != 200) {
      sink.reject(url, "HTTP status " + page.status());
      return;
    }
    String type = page.header("Content-Type");
    if (type != null && !type.toLowerCase(Locale.ROOT).contains("html")) {
      sink.reject(url, "not an HTML page: Content-Type " + type);
      return;
    }
    String html = new String(page.body(), charset(type));
    ExtractedPage extracted = ArticleExtractor.extract(html, page.uri().toString());
    Candidate candidate = Candidates.fromPage(extracted, url, page.uri().getHost());
    sink.accept(fallback == null ? candidate : merge(candidate, fallback));
  }

  private static Candidate merge(Candidate page, Candidate entry) {
    return new Candidate(
        page.origin(),
        null,
        page.url(),
        entry.source() != null ? entry.source() : page.source(),
        page.title().isEmpty() ? entry.title() : page.title(),
        page.body().isBlank() ? entry.body() : page.body(),
        page.language() != null ? page.language() : entry.language(),
        page.publishedAt() != null ? page.publishedAt() : entry.publishedAt(),
        page.authors().isEmpty() ? entry.authors() : page.authors());
  }

  private static Charset charset(String contentType) {
    if (contentType != null) {
      Matcher matcher = CHARSET.matcher(contentType);
      if (matcher.find()) {
        try {
          return Charset.forName(matcher.group(1));
        } catch (IllegalArgumentException e) {
          return StandardCharsets.UTF_8;
        }
      }
    }
    return StandardCharsets.UTF_8;
  }
}
