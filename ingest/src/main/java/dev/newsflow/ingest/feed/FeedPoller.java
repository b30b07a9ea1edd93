package dev.newsflow.ingest.feed;

import dev.newsflow.ingest.IngestSession;
import dev.newsflow.ingest.source.Candidate;
import dev.newsflow.ingest.web.FetchException;
import dev.newsflow.ingest.web.Fetched;
import dev.newsflow.ingest.web.HttpFetcher;
import dev.newsflow.ingest.web.PageSource;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls feeds: conditional GET with the stored {@code ETag} and {@code Last-Modified}, new entries
 * (those whose URL was not published before) handed to the session, either as their linked page or
 * as the entry's own text; a failed poll doubles the feed's wait, up to a maximum.
 */
public final class FeedPoller {

  private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);

  private final HttpFetcher fetcher;
  private final PageSource pages;
  private final FeedStateStore states;
  private final Clock clock;
  private final Duration interval;
  private final Duration maxBackoff;

  /**
   * Creates a poller.
   *
   * @param pages fetches the linked article pages, or null to publish the entries' own text
   * @param interval the wait between two polls of a healthy feed
   * @param maxBackoff the longest wait after failures
   */
  public FeedPoller(
      HttpFetcher fetcher,
      PageSource pages,
      FeedStateStore states,
      Clock clock,
      Duration interval,
      Duration maxBackoff) {
    this.fetcher = fetcher;
    this.pages = pages;
    this.states = states;
    this.clock = clock;
    this.interval = interval;
    this.maxBackoff = maxBackoff;
  }

  /** Polls every feed now, due or not. */
  public List<FeedPoll> pollAll(List<String> feeds, IngestSession session) {
    List<FeedPoll> polls = new ArrayList<>();
    for (String feed : feeds) {
      polls.add(poll(feed, session));
    }
    return polls;
  }

  /** Polls the feeds that are due; the others are reported as {@link FeedPoll.Status#NOT_DUE}. */
  public List<FeedPoll> pollDue(List<String> feeds, IngestSession session) {
    List<FeedPoll> polls = new ArrayList<>();
    for (String feed : feeds) {
      FeedState state = states.get(feed);
      if (state.nextPollEpochMillis() > clock.millis()) {
        polls.add(
            new FeedPoll(
                feed,
                FeedPoll.Status.NOT_DUE,
                0,
                "due at " + Instant.ofEpochMilli(state.nextPollEpochMillis())));
      } else {
        polls.add(poll(feed, session));
      }
    }
    return polls;
  }

  /** Polls one feed. */
  public FeedPoll poll(String feed, IngestSession session) {
    FeedState state = states.get(feed);
    Map<String, String> conditions = new LinkedHashMap<>();
    if (state.etag() != null) {
      conditions.put("If-None-Match", state.etag());
    }
    if (state.lastModified() != null) {
      conditions.put("If-Modified-Since", state.lastModified());
    }
    conditions.put("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9");
    Fetched response;
    try {
      response = fetcher.get(URI.create(feed), conditions);
    } catch (FetchException | IllegalArgumentException e) {
      return fail(feed, state, session, e.getMessage());
    }
    if (response.status() == 304) {
      states.put(feed, healthy(state.etag(), state.lastModified()));
      return new FeedPoll(feed, FeedPoll.Status.NOT_MODIFIED, 0, "not modified");
    }
    if (response.status() != 200) {
      return fail(feed, state, session, "HTTP status " + response.status());
    }
    ParsedFeed parsed;
    try {
      parsed = FeedParser.parse(response.body(), response.header("Content-Type"));
    } catch (MalformedFeedException e) {
      return fail(feed, state, session, e.getMessage());
    }
    String source = parsed.title() != null && !parsed.title().isBlank() ? parsed.title() : feed;
    for (int i = 0; i < parsed.entries().size(); i++) {
      handOn(parsed.entries().get(i), feed + "#" + (i + 1), source, parsed.language(), session);
    }
    states.put(feed, healthy(response.header("ETag"), response.header("Last-Modified")));
    return new FeedPoll(feed, FeedPoll.Status.FETCHED, parsed.entries().size(), "ok");
  }

  private void handOn(
      FeedEntry entry, String origin, String source, String language, IngestSession session) {
    if (entry.link() != null && session.knowsUrl(entry.link())) {
      LOG.debug("Skipping {}: {} was published before", origin, entry.link());
      return;
    }
    Candidate fromEntry =
        new Candidate(
            entry.link() != null ? entry.link() : origin,
            null,
            entry.link(),
            source,
            entry.title(),
            entry.summary(),
            language,
            entry.publishedAt(),
            entry.authors());
    if (pages != null && entry.link() != null) {
      pages.read(entry.link(), fromEntry, session);
    } else {
      session.accept(fromEntry);
    }
  }

  private FeedState healthy(String etag, String lastModified) {
    return new FeedState(etag, lastModified, 0, clock.millis() + interval.toMillis(), null);
  }

  private FeedPoll fail(String feed, FeedState state, IngestSession session, String reason) {
    int failures = state.failures() + 1;
    long wait = interval.toMillis() << Math.min(failures, 20);
    Duration backoff = Duration.ofMillis(Math.min(wait, maxBackoff.toMillis()));
    states.put(
        feed,
        new FeedState(
            state.etag(),
            state.lastModified(),
            failures,
            clock.millis() + backoff.toMillis(),
            reason));
    LOG.warn("Feed {} failed ({} in a row), next try in {}: {}", feed, failures, backoff, reason);
    session.reject(feed, reason);
    return new FeedPoll(feed, FeedPoll.Status.FAILED, 0, reason);
  }
}
