package dev.newsflow.sink.live;

import dev.newsflow.events.EnrichedArticle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The articles this sink instance processed, numbered by a monotonic sequence, the last {@code
 * capacity} kept in a ring buffer so clients can resume after a reconnect. Subscribers are called
 * on the publishing thread and must not block. Safe for several threads.
 */
public final class ArticleFeed {

  /** Default number of events kept for resuming clients. */
  public static final int DEFAULT_CAPACITY = 1000;

  private final int capacity;
  private final Deque<FeedEvent> recent = new ArrayDeque<>();
  private final List<Consumer<FeedEvent>> subscribers = new CopyOnWriteArrayList<>();
  private long sequence;

  /** Creates a feed that keeps the last {@code capacity} events. */
  public ArticleFeed(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("Feed capacity must be positive: " + capacity);
    }
    this.capacity = capacity;
  }

  /** Numbers the article, keeps it and hands it to every subscriber. */
  public void publish(EnrichedArticle article) {
    FeedEvent event;
    synchronized (this) {
      event = new FeedEvent(++sequence, article);
      if (recent.size() == capacity) {
        recent.removeFirst();
      }
      recent.addLast(event);
      subscribers.forEach(s -> s.accept(event));
    }
  }

  /**
   * Subscribes after handing over the buffered events the client has not seen, atomically, so no
   * event is lost or repeated between the two.
   *
   * @param lastSeen the last sequence the client saw (its {@code Last-Event-ID}), or null for none
   * @param recentCount without {@code lastSeen}: how many of the latest events to hand over first
   * @param subscriber receives the missed events, then every new one
   * @return call to unsubscribe
   */
  public synchronized Runnable subscribe(
      Long lastSeen, int recentCount, Consumer<FeedEvent> subscriber) {
    for (FeedEvent missed : missed(lastSeen, recentCount)) {
      subscriber.accept(missed);
    }
    subscribers.add(subscriber);
    return () -> subscribers.remove(subscriber);
  }

  /**
   * The buffered events after {@code lastSeen}; all buffered events when {@code lastSeen} is ahead
   * of this feed (the sink restarted and numbers from 1 again).
   */
  synchronized List<FeedEvent> missed(Long lastSeen, int recentCount) {
    List<FeedEvent> all = new ArrayList<>(recent);
    if (lastSeen == null) {
      return all.subList(Math.max(0, all.size() - Math.max(0, recentCount)), all.size());
    }
    if (lastSeen > sequence) {
      return all;
    }
    return all.stream().filter(e -> e.sequence() > lastSeen).toList();
  }

  /** The sequence of the newest event, 0 when none yet. */
  public synchronized long lastSequence() {
    return sequence;
  }
}
