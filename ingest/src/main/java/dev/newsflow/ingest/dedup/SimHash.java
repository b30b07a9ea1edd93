package dev.newsflow.ingest.dedup;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * A 64-bit SimHash of a text over word 3-shingles: texts that differ in a few words get
 * fingerprints that differ in a few bits, while case, punctuation and white space do not count.
 */
public final class SimHash {

  /** Words per shingle. */
  static final int SHINGLE = 3;

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private SimHash() {}

  /** Returns the fingerprint of the text; 0 when it has no words. */
  public static long of(String text) {
    String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    int[] bounds = wordBounds(normal);
    int words = bounds[0];
    if (words == 0) {
      return 0L;
    }
    int[] ones = new int[64];
    int shingles = Math.max(1, words - SHINGLE + 1);
    for (int i = 0; i < shingles; i++) {
      long hash = shingleHash(normal, bounds, i, Math.min(words, i + SHINGLE));
      for (int bit = 0; bit < 64; bit++) {
        ones[bit] += (int) ((hash >>> bit) & 1L);
      }
    }
    long fingerprint = 0L;
    for (int bit = 0; bit < 64; bit++) {
      if (2 * ones[bit] > shingles) { // more shingles have the bit set than not
        fingerprint |= 1L << bit;
      }
    }
    return fingerprint;
  }

  /** The number of bits in which two fingerprints differ. */
  public static int distance(long a, long b) {
    return Long.bitCount(a ^ b);
  }

  /**
   * Finds the words (runs of letters and numbers, as the regex {@code [\p{L}\p{N}]+}): element 0 is
   * the count, then start and end index of each word.
   */
  private static int[] wordBounds(String text) {
    int[] bounds = new int[1 + 2 * 64];
    int words = 0;
    int i = 0;
    while (i < text.length()) {
      int start = i;
      while (i < text.length() && isWordChar(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
      if (i == start) {
        i += Character.charCount(text.codePointAt(i));
        continue;
      }
      if (2 * words + 2 >= bounds.length) {
        bounds = Arrays.copyOf(bounds, bounds.length * 2);
      }
      bounds[1 + 2 * words] = start;
      bounds[2 + 2 * words] = i;
      words++;
    }
    bounds[0] = words;
    return bounds;
  }

  private static boolean isWordChar(int codePoint) {
    if (Character.isLetter(codePoint)) {
      return true;
    }
    int type = Character.getType(codePoint);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /**
   * FNV-1a over the UTF-16 units of words {@code from} to {@code to} (exclusive) joined by one
   * space, then a 64-bit finaliser; the shingle string itself is never built.
   */
  private static long shingleHash(String text, int[] bounds, int from, int to) {
    long hash = FNV_OFFSET;
    for (int word = from; word < to; word++) {
      if (word > from) {
        hash = (hash ^ ' ') * FNV_PRIME;
      }
      for (int i = bounds[1 + 2 * word]; i < bounds[2 + 2 * word]; i++) {
        hash = (hash ^ text.charAt(i)) * FNV_PRIME;
      }
    }
    return finish(hash);
  }

  /** The finaliser after FNV-1a over the UTF-16 units, so nearby strings spread over bits. */
  private static long finish(long fnv) {
    long hash = fnv;
    hash ^= hash >>> 33;
    hash *= 0xff51afd7ed558ccdL;
    hash ^= hash >>> 33;
    hash *= 0xc4ceb9fe1a85ec53L;
    hash ^= hash >>> 33;
    return hash;
  }
}
