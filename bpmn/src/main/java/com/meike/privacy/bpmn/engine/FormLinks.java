package com.meike.privacy.bpmn.engine;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Links a Camunda Form shows in a text component (Markdown, filled in from a fact by form-js's
 * {@code {{…}}}) — attachments and documents under {@code /api}, which open with the Tasklist
 * sign-in (issue 17). People's text in a link (a file name) is escaped, so it stays text.
 */
public final class FormLinks {

  private static final String MARKDOWN = "\\`*_{}[]()<>#+-.!|~&\"'";

  private FormLinks() {}

  /** A Markdown link to {@code path} reading {@code text}. */
  public static String link(String text, String path) {
    return "[" + text(text) + "](" + path + ")";
  }

  /** {@code text} with every character Markdown or HTML gives a meaning escaped, on one line. */
  public static String text(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder escaped = new StringBuilder(text.length() + 8);
    for (char c : text.toCharArray()) {
      if (MARKDOWN.indexOf(c) >= 0) {
        escaped.append('\\');
      }
      escaped.append(c == '\n' || c == '\r' ? ' ' : c);
    }
    return escaped.toString();
  }

  /** {@code value} as one path segment. */
  public static String segment(Object value) {
    return URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8).replace("+", "%20");
  }
}
