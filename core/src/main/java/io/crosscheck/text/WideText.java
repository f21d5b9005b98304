package io.crosscheck.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Optional;

/**
 * Decodes a file that opens with a UTF-16 or UTF-32 byte-order mark (as Windows editors save
 * "Unicode" text); any other file is left to the UTF-8 reader.
 *
 * <p>{@code FF FE 4B 00 6F 00} is UTF-16LE "Ko"; {@code 00 00 FE FF} opens UTF-32BE.
 */
final class WideText {
  private WideText() {}

  /** The text without its mark, or empty when {@code bytes} has no UTF-16/32 mark. */
  static Optional<String> decode(byte[] bytes) throws CharacterCodingException {
    String charset = charsetOf(bytes);
    if (charset == null) {
      return Optional.empty();
    }
    int mark = charset.startsWith("UTF-32") ? 4 : 2;
    try {
      String text = Charset.forName(charset).newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, mark, bytes.length - mark))
          .toString();
      return Optional.of(text);
    } catch (CharacterCodingException e) {
      throw new CharacterCodingException() {
        private static final long serialVersionUID = 1L;

        @Override
        public String getMessage() {
          return "not valid " + charset + " (the file opens with its byte-order mark)";
        }
      };
    }
  }

  private static String charsetOf(byte[] b) {
    if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
      return "UTF-32BE";
    }
    if (b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
      return "UTF-32LE";
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return "UTF-16BE";
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return "UTF-16LE";
    }
    return null;
  }
}
