package dev.newsflow.ingest.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 64-bit SimHash of a text over word 3-shingles: texts that differ in a few words get
 * fingerprints that differ in a few bits, while case, punctuation and white space do not count.
 */
public final class SimHash {

  /** Words per shingle. */
  static final int SHINGLE = 3;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private SimHash() {}

  /** Returns the fingerprint of the text; 0 when it has no words. */
  public static long of(String text) {
    List<String> words = words(text);
    if (words.isEmpty()) {
      return 0L;
    }
    int[] weights = new int[64];
    int shingles = Math.max(1, words.size() - SHINGLE + 1);
    for (int i = 0; i < shingles; i++) {
      String shingle = String.join(" ", words.subList(i, Math.min(words.size(), i + SHINGLE)));
      long hash = hash64(shingle);
      for (int bit = 0; bit < 64; bit++) {
        weights[bit] += ((hash >>> bit) & 1L) == 1L ? 1 : -1;
      }
    }
    long fingerprint = 0L;
    for (int bit = 0; bit < 64; bit++) {
      if (weights[bit] > 0) {
        fingerprint |= 1L << bit;
      }
    }
    return fingerprint;
  }

  /** The number of bits in which two fingerprints differ. */
  public static int distance(long a, long b) {
    return Long.bitCount(a ^ b);
  }

  static List<String> words(String text) {
    String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    Matcher matcher = WORD.matcher(normal);
    while (matcher.find()) {
      words.add(matcher.group());
    }
    return words;
  }

  /** FNV-1a over the UTF-16 units, then a 64-bit finaliser so nearby strings spread over bits. */
  static long hash64(String text) {
    long hash = 0xcbf29ce484222325L;
    for (int i = 0; i < text.length(); i++) {
      hash ^= text.charAt(i);
      hash *= 0x100000001b3L;
    }
    hash ^= hash >>> 33;
    hash *= 0xff51afd7ed558ccdL;
    hash ^= hash >>> 33;
    hash *= 0xc4ceb9fe1a85ec53L;
    hash ^= hash >>> 33;
    return hash;
  }
}
