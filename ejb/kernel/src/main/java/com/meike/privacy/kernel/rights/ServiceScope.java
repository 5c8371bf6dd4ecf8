package com.meike.privacy.kernel.rights;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A service that collects personal information, as the contexts see it when it shuts down (SHUT-1):
 * its registry code, the purposes of consent's catalogue it collects for, the city it is limited to
 * ({@code null}: every city) and the partners it passes data to (partner ids). Each {@link
 * PersonalDataHolder} reads it to say whom the service concerns in its own tables, to let go of
 * what it holds for it and to count what is left; no context needs the rights context to do so.
 */
public record ServiceScope(String code, Set<String> purposes, String city, Set<String> partners) {

  public ServiceScope {
    Objects.requireNonNull(code, "code");
    purposes = purposes == null ? Set.of() : Set.copyOf(purposes);
    partners = partners == null ? Set.of() : Set.copyOf(partners);
    city = city == null || city.isBlank() ? null : city.strip();
  }

  /** A service of every city with these purposes (no partners). */
  public static ServiceScope of(String code, Set<String> purposes) {
    return new ServiceScope(code, purposes, null, Set.of());
  }

  /** The city, for a city's service. */
  public Optional<String> inCity() {
    return Optional.ofNullable(city);
  }

  /** Whether collecting for {@code purpose} is one of this service's. */
  public boolean collectsFor(String purpose) {
    return purposes.contains(purpose);
  }

  /**
   * Whether {@code where} (a city as a context stores it) lies in the service's area: names
   * compared ignoring case and blanks.
   */
  public boolean covers(String where) {
    return city == null || (where != null && where.strip().equalsIgnoreCase(city));
  }

  /** The purposes in order, for texts. */
  public String purposesText() {
    return String.join(", ", new TreeSet<>(purposes));
  }
}
