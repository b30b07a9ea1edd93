package dev.newsflow.enrich.nlp.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A case-sensitive table of multi-word phrases matched against tokens, longest match first.
 *
 * <p>Phrases are compared without white space, so a phrase matches however the tokenizer split it
 * ("Agence France-Presse" matches the tokens {@code Agence France - Presse}).
 *
 * @param <V> the value stored with each phrase
 */
public final class PhraseTable<V> {

  private final Map<String, List<Phrase<V>>> byFirstWord;

  private PhraseTable(Map<String, List<Phrase<V>>> byFirstWord) {
    this.byFirstWord = byFirstWord;
  }

  /** A match of a phrase: tokens {@code [firstToken, endToken)} and the phrase's value. */
  public record Match<V>(int firstToken, int endToken, V value) {}

  private record Phrase<V>(String compact, V value) {}

  /** Returns a table of the given phrases; a phrase given twice keeps its first value. */
  public static <V> PhraseTable<V> of(Map<String, V> phrases) {
    Map<String, List<Phrase<V>>> index = new HashMap<>();
    for (Map.Entry<String, V> entry : phrases.entrySet()) {
      String phrase = entry.getKey().strip();
      if (phrase.isEmpty()) {
        continue;
      }
      index
          .computeIfAbsent(firstWord(phrase), k -> new ArrayList<>())
          .add(new Phrase<>(compact(phrase), entry.getValue()));
    }
    Map<String, List<Phrase<V>>> sorted = new HashMap<>();
    index.forEach(
        (word, list) -> {
          list.sort(Comparator.comparingInt((Phrase<V> p) -> p.compact().length()).reversed());
          sorted.put(word, List.copyOf(list));
        });
    return new PhraseTable<>(Map.copyOf(sorted));
  }

  /**
   * Returns the longest phrase that starts at the token and ends at or before {@code limit}
   * (exclusive token index).
   */
  public Optional<Match<V>> longestAt(List<Token> tokens, int from, int limit) {
    List<Phrase<V>> candidates = byFirstWord.get(firstWord(tokens.get(from).text()));
    if (candidates == null) {
      return Optional.empty();
    }
    for (Phrase<V> phrase : candidates) {
      String target = phrase.compact();
      StringBuilder seen = new StringBuilder();
      for (int i = from; i < limit && seen.length() < target.length(); i++) {
        seen.append(tokens.get(i).text());
        if (!target.startsWith(seen.toString())) {
          break;
        }
        if (seen.length() == target.length()) {
          return Optional.of(new Match<>(from, i + 1, phrase.value()));
        }
      }
    }
    return Optional.empty();
  }

  /** Returns the value of a phrase given exactly (white space ignored), if the table has it. */
  public Optional<V> get(String phrase) {
    String stripped = phrase.strip();
    if (stripped.isEmpty()) {
      return Optional.empty();
    }
    List<Phrase<V>> candidates = byFirstWord.get(firstWord(stripped));
    if (candidates == null) {
      return Optional.empty();
    }
    String target = compact(stripped);
    return candidates.stream()
        .filter(p -> p.compact().equals(target))
        .map(Phrase::value)
        .findFirst();
  }

  private static String firstWord(String text) {
    int end = 0;
    while (end < text.length()
        && !Character.isWhitespace(text.charAt(end))
        && (end == 0 || text.charAt(end) != '-')) {
      end++;
    }
    return text.substring(0, end);
  }

  private static String compact(String text) {
    StringBuilder compact = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        compact.append(c);
      }
    }
    return compact.toString();
  }
}
