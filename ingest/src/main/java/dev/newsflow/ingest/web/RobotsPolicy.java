package dev.newsflow.ingest.web;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether robots.txt lets ingest fetch a URL, parsed with crawler-commons and cached per site for
 * {@link #CACHE_FOR}: a missing robots.txt (4xx) allows everything; a server error or an
 * unreachable one forbids the site until it is asked again on the next fetch, as RFC 9309 asks.
 */
public final class RobotsPolicy {

  /** The robot name matched against {@code User-agent} lines. */
  public static final String ROBOT_NAME = "newsflow";

  /** How long fetched rules are trusted. */
  public static final Duration CACHE_FOR = Duration.ofHours(24);

  private final HttpFetcher fetcher;
  private final Clock clock;
  private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
  private final Map<String, Cached> sites = new ConcurrentHashMap<>();

  private record Cached(BaseRobotRules rules, long until) {}

  /** Creates a policy fetching robots.txt with the given fetcher. */
  public RobotsPolicy(HttpFetcher fetcher) {
    this(fetcher, Clock.systemUTC());
  }

  /** Creates a policy with a clock for the cache. */
  public RobotsPolicy(HttpFetcher fetcher, Clock clock) {
    this.fetcher = fetcher;
    this.clock = clock;
  }

  /** True when the URL may be fetched. */
  public boolean allows(URI uri) {
    String site = uri.getScheme() + "://" + uri.getRawAuthority();
    Cached cached = sites.get(site);
    if (cached == null || cached.until() < clock.millis()) {
      cached = rules(site);
      if (cached.until() > clock.millis()) {
        sites.put(site, cached);
      }
    }
    return cached.rules().isAllowed(uri.toString());
  }

  private Cached rules(String site) {
    String robots = site + "/robots.txt";
    long trusted = clock.millis() + CACHE_FOR.toMillis();
    try {
      Fetched fetched = fetcher.get(URI.create(robots), Map.of());
      if (fetched.status() == 200) {
        return new Cached(
            parser.parseContent(
                robots, fetched.body(), fetched.header("Content-Type"), List.of(ROBOT_NAME)),
            trusted);
      }
      boolean clientError = fetched.status() >= 400 && fetched.status() < 500;
      return new Cached(parser.failedFetch(fetched.status()), clientError ? trusted : 0L);
    } catch (FetchException e) {
      return new Cached(parser.failedFetch(503), 0L);
    }
  }
}
