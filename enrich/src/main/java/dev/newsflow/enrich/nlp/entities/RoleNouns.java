package dev.newsflow.enrich.nlp.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * One-word nouns naming what a person is or does ("captain", "spokeswoman", "curator"), which stand
 * before a name as part of its mention ("defender Kyle Walker"); read from the job titles in the
 * KBP gazetteer that ships with CoreNLP's English models (entries typed {@code TITLE}), loaded once
 * per JVM.
 */
public final class RoleNouns {

  static final String CORENLP_GAZETTEER =
      "/edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";

  private final Set<String> words;

  private RoleNouns(Set<String> words) {
    this.words = Set.copyOf(words);
  }

  /** The role nouns of CoreNLP's gazetteer. */
  public static RoleNouns load() {
    return Shared.INSTANCE;
  }

  /** Whether the word, in any case, is a role noun. */
  public boolean contains(String word) {
    return words.contains(word.toLowerCase(Locale.ROOT));
  }

  private static final class Shared {
    static final RoleNouns INSTANCE = new RoleNouns(readGazetteer());

    private static Set<String> readGazetteer() {
      try (InputStream in = RoleNouns.class.getResourceAsStream(CORENLP_GAZETTEER)) {
        if (in == null) {
          throw new IllegalStateException(
              "CoreNLP English models missing from the classpath: " + CORENLP_GAZETTEER);
        }
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Set<String> words = new HashSet<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          int tab = line.indexOf('\t');
          if (tab > 0 && line.startsWith("TITLE\t", tab + 1) && line.lastIndexOf(' ', tab) < 0) {
            words.add(line.substring(0, tab).toLowerCase(Locale.ROOT));
          }
        }
        return words;
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + CORENLP_GAZETTEER, e);
      }
    }
  }
}
