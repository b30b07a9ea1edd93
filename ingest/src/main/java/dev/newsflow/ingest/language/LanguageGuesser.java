package dev.newsflow.ingest.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Optional;

/**
 * Guesses the ISO 639-1 language of an article with Lingua, restricted to sixteen common news
 * languages in low-accuracy mode (trigram models only) for speed and memory; the detector is built
 * once, on first use, and shared.
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

  /** Only the start of a long text is looked at. */
  static final int SAMPLE_CHARS = 500;

  private LanguageGuesser() {}

  /** Returns the language code of the text, or empty when it is too short or unclear. */
  public static Optional<String> guess(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    if (sample.codePoints().filter(Character::isLetter).limit(MIN_LETTERS).count() < MIN_LETTERS) {
      return Optional.empty();
    }
    Language language = Holder.DETECTOR.detectLanguageOf(sample);
    if (language == Language.UNKNOWN) {
      return Optional.empty();
    }
    return Optional.of(language.getIsoCode639_1().name().toLowerCase(Locale.ROOT));
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
