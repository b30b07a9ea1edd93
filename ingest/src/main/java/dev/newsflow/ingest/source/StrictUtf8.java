package dev.newsflow.ingest.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes UTF-8 that must be valid: malformed or unmappable bytes are reported, never replaced. */
final class StrictUtf8 {

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private StrictUtf8() {}

  /** Decodes {@code bytes[from, to)}; a leading byte order mark is dropped. */
  static String decode(byte[] bytes, int from, int to) throws InvalidUtf8Exception {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
    CharBuffer out = CharBuffer.allocate(to - from);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new InvalidUtf8Exception(in.position());
    }
    result = decoder.flush(out);
    if (result.isError()) {
      throw new InvalidUtf8Exception(in.position());
    }
    out.flip();
    if (out.hasRemaining() && out.get(out.position()) == BYTE_ORDER_MARK) {
      out.get();
    }
    return out.toString();
  }

  /** Decodes all of {@code bytes}. */
  static String decode(byte[] bytes) throws InvalidUtf8Exception {
    return decode(bytes, 0, bytes.length);
  }

  /** Describes a decoding error in a whole file, adding the 1-based line of the bad byte. */
  static String describeWithLine(InvalidUtf8Exception e, byte[] bytes) {
    int line = 1;
    for (int i = 0; i < e.offset() && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return e.getMessage() + " (line " + line + ")";
  }
}
