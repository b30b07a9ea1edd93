package dev.newsflow.ingest.validation;

import dev.newsflow.ingest.source.Candidate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Checks that a candidate has a non-blank body no larger than the configured UTF-8 size. */
public final class CandidateValidator {

  /** The default body limit: one million bytes of UTF-8. */
  public static final long DEFAULT_MAX_BODY_BYTES = 1_000_000;

  private final long maxBodyBytes;

  /**
   * Creates a validator.
   *
   * @param maxBodyBytes the largest body accepted, in UTF-8 bytes; positive
   */
  public CandidateValidator(long maxBodyBytes) {
    if (maxBodyBytes <= 0) {
      throw new IllegalArgumentException("maxBodyBytes must be positive, was " + maxBodyBytes);
    }
    this.maxBodyBytes = maxBodyBytes;
  }

  /** Returns what is wrong with the candidate, or empty when it may be published. */
  public Optional<String> problemWith(Candidate candidate) {
    String body = candidate.body();
    if (body.isBlank()) {
      return Optional.of("empty body");
    }
    long size = utf8Length(body);
    if (size > maxBodyBytes) {
      return Optional.of(
          String.format(
              Locale.ROOT,
              "body is %,d bytes of UTF-8, more than the limit of %,d",
              size,
              maxBodyBytes));
    }
    for (String text :
        Arrays.asList(candidate.title(), body, candidate.url(), candidate.source())) {
      if (text != null && hasUnpairedSurrogate(text)) {
        return Optional.of("text is not valid Unicode: it has an unpaired surrogate escape");
      }
    }
    return Optional.empty();
  }

  private static boolean hasUnpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /** The UTF-8 length of a string, counted without encoding it. */
  static long utf8Length(String text) {
    long bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
