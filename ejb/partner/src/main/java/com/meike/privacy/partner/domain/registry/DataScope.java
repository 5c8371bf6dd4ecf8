package com.meike.privacy.partner.domain.registry;

import com.meike.privacy.kernel.problem.DomainException;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The fields a partner may receive for one purpose (PTN-1): payload field names, or dotted paths
 * into nested objects ({@code params.code} allows only {@code code} inside {@code params}). Also
 * knows the fields that identify a person, which a de-identified partner never receives (PTN-2).
 */
public final class DataScope {

  /** At most this many characters for all fields of one scope, separated by commas. */
  public static final int MAX_STORED_LENGTH = 1000;

  private static final Pattern FIELD =
      Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}(\\.[A-Za-z][A-Za-z0-9_-]{0,63}){0,3}");

  /**
   * Field names that identify a person or their device, compared without case on the last segment
   * of a path. De-identified partners never receive them; such a partner gets a per-partner
   * pseudonym instead of the person's id.
   */
  public static final Set<String> IDENTIFYING =
      Set.of(
          "phone",
          "mobile",
          "name",
          "realname",
          "nickname",
          "email",
          "deviceid",
          "imei",
          "imsi",
          "oaid",
          "androidid",
          "mac",
          "ip",
          "address",
          "idnumber",
          "accountname",
          "accountid",
          "subject",
          "latitude",
          "longitude");

  private final SortedSet<String> fields;

  private DataScope(SortedSet<String> fields) {
    this.fields = Collections.unmodifiableSortedSet(fields);
  }

  /**
   * The scope of the given fields, checked.
   *
   * @param deIdentified whether the partner may receive de-identified data only
   * @throws DomainException INVALID_INPUT on {@code fields} for a malformed name, an identifying
   *     field for a de-identified partner, or a list too long to store
   */
  public static DataScope of(Collection<String> names, boolean deIdentified) {
    SortedSet<String> fields = new TreeSet<>();
    for (String name : names) {
      String field = name == null ? "" : name.strip();
      if (!FIELD.matcher(field).matches()) {
        throw DomainException.invalid(
            "fields",
            "'"
                + field
                + "' is not a field name: letters, digits, '_' or '-', dotted for nested fields");
      }
      if (deIdentified && identifying(field)) {
        throw DomainException.invalid(
            "fields",
            "'" + field + "' identifies a person; this partner receives de-identified data only");
      }
      fields.add(field);
    }
    if (String.join(",", fields).length() > MAX_STORED_LENGTH) {
      throw DomainException.invalid("fields", "too many fields for one purpose");
    }
    return new DataScope(fields);
  }

  /** Reads the stored form (names separated by commas). */
  static DataScope parse(String stored) {
    SortedSet<String> fields = new TreeSet<>();
    for (String field : stored.split(",")) {
      if (!field.isBlank()) {
        fields.add(field.strip());
      }
    }
    return new DataScope(fields);
  }

  /** The stored form: names sorted, separated by commas. */
  String stored() {
    return String.join(",", fields);
  }

  /** Whether the field (or path) identifies a person, judged by its last segment. */
  public static boolean identifying(String path) {
    String last = path.substring(path.lastIndexOf('.') + 1);
    return IDENTIFYING.contains(last.toLowerCase(Locale.ROOT));
  }

  /** The allowed fields, sorted. */
  public List<String> fields() {
    return List.copyOf(fields);
  }

  public boolean isEmpty() {
    return fields.isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DataScope scope && scope.fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  @Override
  public String toString() {
    return stored();
  }
}
