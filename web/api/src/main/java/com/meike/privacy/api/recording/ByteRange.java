package com.meike.privacy.api.recording;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of an HTTP {@code Range} header (RFC 9110 §14.1.2) resolved against a length:
 * {@code bytes=a-b}, {@code bytes=a-} or {@code bytes=-n}. Several ranges, or another unit, are
 * ignored (the whole content is served), as the RFC allows.
 */
record ByteRange(long first, long last) {

  private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

  long length() {
    return last - first + 1;
  }

  String contentRange(long total) {
    return "bytes " + first + "-" + last + "/" + total;
  }

  /**
   * @return empty when there is no usable Range header (serve everything)
   * @throws Unsatisfiable when the range lies outside the content
   */
  static Optional<ByteRange> parse(String header, long total) {
    if (header == null) {
      return Optional.empty();
    }
    Matcher m = SINGLE.matcher(header.strip());
    if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
      return Optional.empty();
    }
    try {
      if (m.group(1).isEmpty()) {
        long suffix = Long.parseLong(m.group(2));
        if (suffix == 0 || total == 0) {
          throw new Unsatisfiable();
        }
        return Optional.of(new ByteRange(Math.max(0, total - suffix), total - 1));
      }
      long first = Long.parseLong(m.group(1));
      long last =
          m.group(2).isEmpty() ? total - 1 : Math.min(Long.parseLong(m.group(2)), total - 1);
      if (first >= total || last < first) {
        throw new Unsatisfiable();
      }
      return Optional.of(new ByteRange(first, last));
    } catch (NumberFormatException tooLong) {
      throw new Unsatisfiable();
    }
  }

  /**
   * The range does not overlap the content: answer 416 with {@code Content-Range: bytes * /total}.
   */
  static final class Unsatisfiable extends RuntimeException {
    Unsatisfiable() {
      super("range not satisfiable", null, false, false);
    }
  }
}
