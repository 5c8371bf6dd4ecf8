package com.meike.privacy.identity.domain.external;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One app account's binding to a third-party account (ID-5), made with the person's consent at
 * {@code boundAt}. Only the consented profile fields are held; unbinding deletes the binding and
 * with it every stored field.
 */
@Entity
@Table(name = "external_account_binding")
public class ExternalAccountBinding {

  @Id
  @Column(name = "id", length = 64, nullable = false, updatable = false)
  private String id;

  @Column(name = "account_id", length = 64, nullable = false, updatable = false)
  private String accountId;

  @Enumerated(EnumType.STRING)
  @Column(name = "provider", length = 16, nullable = false, updatable = false)
  private ExternalProvider provider;

  @Column(
      name = "external_id_hash",
      length = 64,
      nullable = false,
      updatable = false,
      unique = true)
  private String externalIdHash;

  @Column(name = "external_id_ciphertext", length = 256, nullable = false, updatable = false)
  private String externalIdCiphertext;

  @Column(name = "nickname", length = 64)
  private String nickname;

  @Column(name = "avatar_url", length = 512)
  private String avatarUrl;

  @Column(name = "bound_at", nullable = false, updatable = false)
  private Instant boundAt;

  /** For JPA. */
  protected ExternalAccountBinding() {}

  /**
   * A new binding with id {@code x-<uuid>}; the profile fields are the consented ones (or null).
   */
  public static ExternalAccountBinding bind(
      String accountId,
      ExternalProvider provider,
      String externalIdHash,
      String externalIdCiphertext,
      String nickname,
      String avatarUrl,
      Instant now) {
    ExternalAccountBinding b = new ExternalAccountBinding();
    b.id = "x-" + UUID.randomUUID();
    b.accountId = Objects.requireNonNull(accountId, "accountId");
    b.provider = Objects.requireNonNull(provider, "provider");
    b.externalIdHash = Objects.requireNonNull(externalIdHash, "externalIdHash");
    b.externalIdCiphertext = Objects.requireNonNull(externalIdCiphertext, "externalIdCiphertext");
    b.nickname = nickname;
    b.avatarUrl = avatarUrl;
    b.boundAt = Objects.requireNonNull(now, "now");
    return b;
  }

  public String id() {
    return id;
  }

  public String accountId() {
    return accountId;
  }

  public ExternalProvider provider() {
    return provider;
  }

  public String externalIdHash() {
    return externalIdHash;
  }

  public String externalIdCiphertext() {
    return externalIdCiphertext;
  }

  public String nickname() {
    return nickname;
  }

  public String avatarUrl() {
    return avatarUrl;
  }

  public Instant boundAt() {
    return boundAt;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ExternalAccountBinding b && Objects.equals(id, b.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
