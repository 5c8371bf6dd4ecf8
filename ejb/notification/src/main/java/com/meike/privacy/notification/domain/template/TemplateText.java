package com.meike.privacy.notification.domain.template;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fills {@code {name}} placeholders; every placeholder must have a value. */
public final class TemplateText {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

  private TemplateText() {}

  /**
   * @throws IllegalArgumentException naming the first placeholder without a value
   */
  public static String render(String text, Map<String, ?> values) {
    Matcher matcher = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      Object value = values == null ? null : values.get(matcher.group(1));
      if (value == null) {
        throw new IllegalArgumentException(matcher.group(1));
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(value)));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
