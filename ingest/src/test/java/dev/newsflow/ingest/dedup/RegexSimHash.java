package dev.newsflow.ingest.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first SimHash implementation (regex words, joined shingle strings), kept to check that the
 * faster one gives the same fingerprints: the seen-set on disk holds fingerprints of the old one.
 */
final class RegexSimHash {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private RegexSimHash() {}

  static long of(String text) {
    String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    Matcher matcher = WORD.matcher(normal);
    while (matcher.find()) {
      words.add(matcher.group());
    }
    if (words.isEmpty()) {
      return 0L;
    }
    int[] weights = new int[64];
    int shingles = Math.max(1, words.size() - SimHash.SHINGLE + 1);
    for (int i = 0; i < shingles; i++) {
      String shingle =
          String.join(" ", words.subList(i, Math.min(words.size(), i + SimHash.SHINGLE)));
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

  private static long hash64(String text) {
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
