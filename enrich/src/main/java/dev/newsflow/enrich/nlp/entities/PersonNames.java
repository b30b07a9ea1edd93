package dev.newsflow.enrich.nlp.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The full person names of one article, and which of them a shorter name refers to: "Blinken" and
 * "Antony Blinken" are the same person; of two people with one surname, the one named in full most
 * recently wins.
 */
final class PersonNames {

  private final List<String[]> fullNames = new ArrayList<>();
  private final List<Integer> lastFullMention = new ArrayList<>();

  /** Registers a name; names of two or more words become full names, the longest form kept. */
  void addFullName(String[] words) {
    if (words.length < 2) {
      return;
    }
    for (int i = 0; i < fullNames.size(); i++) {
      String[] known = fullNames.get(i);
      if (!last(known).equals(last(words))) {
        continue;
      }
      if (containsAll(known, words)) {
        return;
      }
      if (containsAll(words, known)) {
        fullNames.set(i, words);
        return;
      }
    }
    fullNames.add(words);
    lastFullMention.add(-1);
  }

  /** The canonical name of a person mention at the given position in the article. */
  String canonicalFor(String[] words, int order) {
    int index = indexFor(words, order);
    return index < 0 ? String.join(" ", words) : String.join(" ", fullNames.get(index));
  }

  /** Remembers that a full name was written out at the given position. */
  void noteFullMention(String[] words, int order) {
    if (words.length > 1) {
      int index = indexFor(words, order);
      if (index >= 0) {
        lastFullMention.set(index, order);
      }
    }
  }

  private int indexFor(String[] words, int order) {
    if (words.length > 1) {
      for (int i = 0; i < fullNames.size(); i++) {
        String[] known = fullNames.get(i);
        if (last(known).equals(last(words)) && containsAll(known, words)) {
          return i;
        }
      }
      return -1;
    }
    String word = words[0];
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < fullNames.size(); i++) {
      if (last(fullNames.get(i)).equals(word)) {
        candidates.add(i);
      }
    }
    if (candidates.isEmpty()) {
      for (int i = 0; i < fullNames.size(); i++) {
        if (fullNames.get(i)[0].equals(word)) {
          candidates.add(i);
        }
      }
    }
    if (candidates.isEmpty()) {
      return -1;
    }
    int best = candidates.get(0);
    int bestSeen = -1;
    for (int candidate : candidates) {
      int seen = lastFullMention.get(candidate);
      if (seen < order && seen > bestSeen) {
        best = candidate;
        bestSeen = seen;
      }
    }
    return best;
  }

  private static String last(String[] words) {
    return words[words.length - 1];
  }

  private static boolean containsAll(String[] container, String[] words) {
    return Arrays.asList(container).containsAll(Arrays.asList(words));
  }
}
