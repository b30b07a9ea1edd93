package dev.newsflow.ingest.dedup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides whether an article was seen before: the same id, canonical URL or exact text is a
 * duplicate and is not published again; a SimHash within {@link NearDuplicateIndex#MAX_DISTANCE}
 * bits of a seen article is a near duplicate. Thread-safe.
 */
public final class Deduplicator {

  private final SeenStore store;
  private final Map<String, String> ids = new HashMap<>();
  private final Map<String, String> texts = new HashMap<>();
  private final Map<String, String> urls = new HashMap<>();
  private final NearDuplicateIndex near = new NearDuplicateIndex();

  private Deduplicator(SeenStore store) {
    this.store = store;
  }

  /** A deduplicator that remembers only for its own lifetime. */
  public static Deduplicator inMemory() {
    return new Deduplicator(null);
  }

  /**
   * A deduplicator that loads and extends the seen-set in a state directory.
   *
   * @throws IOException when the state cannot be read or created
   */
  public static Deduplicator persistent(Path stateDirectory) throws IOException {
    SeenStore store = SeenStore.open(stateDirectory);
    Deduplicator deduplicator = new Deduplicator(store);
    for (Fingerprint fingerprint : store.load()) {
      deduplicator.remember(fingerprint);
    }
    return deduplicator;
  }

  /** The number of articles remembered. */
  public synchronized int size() {
    return ids.size();
  }

  /** True when an article with this URL was seen, so it need not be fetched again. */
  public synchronized boolean knowsUrl(String url) {
    return urls.containsKey(Fingerprint.urlKey(url));
  }

  /**
   * True when the seen-set holds this article's id, canonical URL or exact text, so {@link #claim}
   * would now call it an exact duplicate.
   */
  public synchronized boolean holdsExactly(Fingerprint f) {
    return ids.containsKey(f.id())
        || (f.urlKey() != null && urls.containsKey(f.urlKey()))
        || texts.containsKey(f.exactText());
  }

  /**
   * Checks an article and, unless it is an exact duplicate, remembers it at once so a copy later in
   * the same run is caught; call {@link #confirm} once it is published or {@link #forget} if not.
   */
  public synchronized Verdict claim(Fingerprint fingerprint) {
    Verdict verdict = check(fingerprint);
    if (verdict.kind() != Verdict.Kind.DUPLICATE) {
      remember(fingerprint);
    }
    return verdict;
  }

  private Verdict check(Fingerprint f) {
    if (ids.containsKey(f.id())) {
      return new Verdict(Verdict.Kind.DUPLICATE, f.id(), "same id");
    }
    if (f.urlKey() != null && urls.containsKey(f.urlKey())) {
      return new Verdict(Verdict.Kind.DUPLICATE, urls.get(f.urlKey()), "same canonical URL");
    }
    if (texts.containsKey(f.exactText())) {
      return new Verdict(Verdict.Kind.DUPLICATE, texts.get(f.exactText()), "same text");
    }
    Optional<String> original = f.simHash() == 0L ? Optional.empty() : near.nearest(f.simHash());
    return original
        .filter(id -> !id.equals(f.id()))
        .map(id -> new Verdict(Verdict.Kind.NEAR_DUPLICATE, id, "near duplicate (SimHash)"))
        .orElse(Verdict.NEW);
  }

  /** Persists articles the broker acknowledged. */
  public void confirm(List<Fingerprint> published) {
    if (store != null) {
      synchronized (store) {
        store.append(published);
      }
    }
  }

  /** Forgets an article that could not be published, so a later attempt is not a duplicate. */
  public synchronized void forget(Fingerprint f) {
    ids.remove(f.id(), f.id());
    texts.remove(f.exactText(), f.id());
    if (f.urlKey() != null) {
      urls.remove(f.urlKey(), f.id());
    }
  }

  private void remember(Fingerprint f) {
    ids.put(f.id(), f.id());
    texts.putIfAbsent(f.exactText(), f.id());
    if (f.urlKey() != null) {
      urls.putIfAbsent(f.urlKey(), f.id());
    }
    if (f.simHash() != 0L) {
      near.add(f.simHash(), f.id());
    }
  }
}
