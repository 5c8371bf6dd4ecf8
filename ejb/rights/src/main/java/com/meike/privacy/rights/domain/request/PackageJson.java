package com.meike.privacy.rights.domain.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * Writes the access package (DSR-1) as JSON: maps, lists, strings, numbers, booleans, null,
 * instants and dates (ISO-8601). One documented schema ({@code docs/data-subject-requests.md}):
 * {@code {"schema": "meike.access-package/1", "subject": …, "generatedAt": …, "contexts":
 * {<context>: {…}}}}. Plain code so that it runs without a JSON provider and is unit-tested.
 */
public final class PackageJson {

  public static final String SCHEMA = "meike.access-package/1";

  private PackageJson() {}

  public static String write(Object value) {
    StringBuilder out = new StringBuilder(1024);
    write(value, out);
    return out.toString();
  }

  private static void write(Object value, StringBuilder out) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String s) {
      string(s, out);
    } else if (value instanceof Boolean
        || value instanceof Integer
        || value instanceof Long
        || value instanceof java.math.BigDecimal
        || value instanceof Short) {
      out.append(value);
    } else if (value instanceof Number n) {
      double d = n.doubleValue();
      out.append(Double.isFinite(d) ? n.toString() : "null");
    } else if (value instanceof Instant || value instanceof LocalDate || value instanceof Enum<?>) {
      string(value.toString(), out);
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        string(String.valueOf(entry.getKey()), out);
        out.append(':');
        write(entry.getValue(), out);
      }
      out.append('}');
    } else if (value instanceof Collection<?> list) {
      out.append('[');
      boolean first = true;
      for (Object item : list) {
        if (!first) {
          out.append(',');
        }
        first = false;
        write(item, out);
      }
      out.append(']');
    } else if (value instanceof Record record) {
      // a context's view record: its components, in declaration order
      Map<String, Object> fields = new java.util.LinkedHashMap<>();
      for (java.lang.reflect.RecordComponent component : record.getClass().getRecordComponents()) {
        try {
          fields.put(component.getName(), component.getAccessor().invoke(record));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read " + component.getName(), e);
        }
      }
      write(fields, out);
    } else {
      string(value.toString(), out);
    }
  }

  private static void string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
