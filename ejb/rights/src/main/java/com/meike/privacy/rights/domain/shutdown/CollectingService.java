package com.meike.privacy.rights.domain.shutdown;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One service that collects personal information (SHUT-1): its purposes (codes of consent's
 * catalogue: what it collects and why), the partners it passes data to, and for a city's service
 * the city. Seeded from the policy; reference data, no personal data.
 */
@Entity
@Table(name = "rights_service")
public class CollectingService {

  @Id
  @Column(name = "code", length = 64, nullable = false, updatable = false)
  private String code;

  @Column(name = "name_zh", length = 100, nullable = false)
  private String nameZh;

  @Column(name = "name_en", length = 100, nullable = false)
  private String nameEn;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 16, nullable = false)
  private ServiceKind kind;

  @Column(name = "city", length = 32)
  private String city;

  @Column(name = "purposes", length = 500, nullable = false)
  private String purposes;

  @Column(name = "partners", length = 300, nullable = false)
  private String partners;

  @Column(name = "financial", nullable = false)
  private boolean financial;

  protected CollectingService() {}

  public CollectingService(
      String code,
      String nameZh,
      String nameEn,
      ServiceKind kind,
      String city,
      Set<String> purposes,
      Set<String> partners,
      boolean financial) {
    this.code = code;
    this.nameZh = nameZh;
    this.nameEn = nameEn;
    this.kind = kind;
    this.city = city;
    this.purposes = String.join(",", new TreeSet<>(purposes));
    this.partners = String.join(",", new TreeSet<>(partners));
    this.financial = financial;
  }

  public String code() {
    return code;
  }

  public String nameZh() {
    return nameZh;
  }

  public String nameEn() {
    return nameEn;
  }

  public String name() {
    return nameZh + " " + nameEn;
  }

  public ServiceKind kind() {
    return kind;
  }

  public Optional<String> city() {
    return Optional.ofNullable(city);
  }

  public Set<String> purposes() {
    return split(purposes);
  }

  public Set<String> partners() {
    return split(partners);
  }

  /** Payment or financial data involved: notices also by SMS (SHUT-1). */
  public boolean financial() {
    return financial;
  }

  /**
   * Whether collecting for one of {@code wanted} in {@code where} is this service's. A city's
   * service covers only collection in its city: a collector that does not know the city ({@code
   * where} null, e.g. the consent ledger — consent is not per city) is not stopped by it.
   */
  public boolean covers(java.util.Collection<String> wanted, String where) {
    boolean purpose = wanted.stream().anyMatch(purposes()::contains);
    return purpose && (city == null || (where != null && where.strip().equalsIgnoreCase(city)));
  }

  /**
   * The service as the contexts see it (kernel {@link
   * com.meike.privacy.kernel.rights.ServiceScope}).
   */
  public com.meike.privacy.kernel.rights.ServiceScope scope() {
    return new com.meike.privacy.kernel.rights.ServiceScope(code, purposes(), city, partners());
  }

  private static Set<String> split(String csv) {
    TreeSet<String> out = new TreeSet<>();
    if (csv != null && !csv.isBlank()) {
      Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
    }
    return out;
  }
}
