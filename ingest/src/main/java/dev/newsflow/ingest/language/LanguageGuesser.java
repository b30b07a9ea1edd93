package dev.newsflow.ingest.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Optional;

/**
 * Guesses the ISO 639-1 language of an article with Lingua, restricted to sixteen common news
 * languages in low-accuracy mode (trigram models only) for speed and memory; the detector is built
 * once, on first use, shared and safe to use from several threads.
 *
 * <p>Lingua's time grows with the length of the text (about 1.3 µs per character here), so it first
 * looks at the start of the text only ({@link #SAMPLE_CHARS}) and looks again at a longer start
 * ({@link #RETRY_SAMPLE_CHARS}) only when no language is clearly ahead in the short one.
 */
public final class LanguageGuesser {

  /** The languages told apart. */
  private static final Language[] LANGUAGES = {
    Language.ENGLISH,
    Language.GERMAN,
    Language.FRENCH,
    Language.SPANISH,
    Language.ITALIAN,
    Language.PORTUGUESE,
    Language.DUTCH,
    Language.POLISH,
    Language.SWEDISH,
    Language.DANISH,
    Language.RUSSIAN,
    Language.UKRAINIAN,
    Language.TURKISH,
    Language.ARABIC,
    Language.CHINESE,
    Language.JAPANESE
  };

  /** Texts with fewer letters than this get no guess. */
  static final int MIN_LETTERS = 20;

  /** The start of the text looked at first. */
  static final int SAMPLE_CHARS = 200;

  /** The longer start looked at when the first sample gives no clear answer. */
  static final int RETRY_SAMPLE_CHARS = 500;

  private LanguageGuesser() {}

  /**
   * Returns the language code of the text, or empty when it is too short or unclear. A plainly
   * English start ({@link PlainEnglish}) is settled without Lingua.
   */
  public static Optional<String> guess(String text) {
    String sample = start(text, SAMPLE_CHARS);
    if (sample.codePoints().filter(Character::isLetter).limit(MIN_LETTERS).count() < MIN_LETTERS) {
      return Optional.empty();
    }
    if (PlainEnglish.isClear(sample)) {
      return Optional.of("en");
    }
    return linguaGuess(text);
  }

  /**
   * What Lingua alone makes of the start of {@code text}: the short sample, then the longer one
   * when the short one is unclear.
   */
  static Optional<String> linguaGuess(String text) {
    Language language = Holder.DETECTOR.detectLanguageOf(start(text, SAMPLE_CHARS));
    if (language == Language.UNKNOWN && text.length() > SAMPLE_CHARS) {
      language = Holder.DETECTOR.detectLanguageOf(start(text, RETRY_SAMPLE_CHARS));
    }
    return code(language);
  }

  private static Optional<String> code(Language language) {
    if (language == Language.UNKNOWN) {
      return Optional.empty();
    }
    return Optional.of(language.getIsoCode639_1().name().toLowerCase(Locale.ROOT));
  }

  private static String start(String text, int chars) {
    return text.length() > chars ? text.substring(0, chars) : text;
  }

  /** Builds the detector when first asked for (lazy holder idiom). */
  private static final class Holder {
    static final LanguageDetector DETECTOR =
        LanguageDetectorBuilder.fromLanguages(LANGUAGES)
            .withLowAccuracyMode()
            .withMinimumRelativeDistance(0.05)
            .build();
  }
}
