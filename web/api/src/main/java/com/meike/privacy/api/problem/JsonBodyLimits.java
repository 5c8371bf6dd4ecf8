package com.meike.privacy.api.problem;

import com.meike.privacy.kernel.problem.DomainException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Logger;

/**
 * Bounds every JSON request body before a parser sees it: at most {@value #MAX_BYTES} bytes (413)
 * and at most {@value #MAX_DEPTH} nested objects/arrays (400). Our largest legitimate body is a
 * lawful-disclosure document (512 KiB as Base64) and no body nests deeper than a few levels; a
 * parser walking thousands of levels recursively runs out of stack, and its trace used to fill the
 * log. A refusal is one log line without a stack trace.
 */
@Provider
public class JsonBodyLimits implements ReaderInterceptor {

  static final int MAX_BYTES = 1024 * 1024;
  static final int MAX_DEPTH = 32;

  private static final Logger LOG = Logger.getLogger(JsonBodyLimits.class.getName());

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    if (!isJson(context.getMediaType())) {
      return context.proceed();
    }
    byte[] body = readAtMost(context.getInputStream(), MAX_BYTES);
    if (body == null) {
      LOG.warning("Refused a JSON body larger than " + MAX_BYTES + " bytes");
      throw DomainException.tooLarge(null, "A JSON body may have at most " + MAX_BYTES + " bytes.");
    }
    if (depth(body) > MAX_DEPTH) {
      LOG.warning("Refused a JSON body nested deeper than " + MAX_DEPTH + " levels");
      throw DomainException.invalid(
          null, "The JSON body is nested deeper than " + MAX_DEPTH + " levels.");
    }
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }

  static boolean isJson(MediaType type) {
    return type != null
        && ("json".equalsIgnoreCase(type.getSubtype())
            || type.getSubtype().toLowerCase().endsWith("+json"));
  }

  /** The whole stream, or null when it holds more than {@code max} bytes. */
  static byte[] readAtMost(InputStream in, int max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int total = 0;
    for (int n; (n = in.read(buffer)) != -1; ) {
      total += n;
      if (total > max) {
        return null;
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /**
   * Deepest nesting of objects and arrays, brackets inside strings not counted; malformed JSON is
   * left to the parser.
   */
  static int depth(byte[] json) {
    int depth = 0;
    int deepest = 0;
    boolean inString = false;
    for (int i = 0; i < json.length; i++) {
      byte b = json[i];
      if (inString) {
        if (b == '\\') {
          i++;
        } else if (b == '"') {
          inString = false;
        }
      } else if (b == '"') {
        inString = true;
      } else if (b == '{' || b == '[') {
        deepest = Math.max(deepest, ++depth);
      } else if (b == '}' || b == ']') {
        depth--;
      }
    }
    return deepest;
  }
}
