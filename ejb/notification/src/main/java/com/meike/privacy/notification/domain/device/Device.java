package com.meike.privacy.notification.domain.device;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A device of an app account registered for push notices. The push token identifies the device to
 * the push service; it is kept only as ciphertext. Registering the same device again replaces
 * platform and token.
 */
@Entity
@Table(name = "notification_device")
public class Device {

  @Id
  @Column(name = "id", length = 36, nullable = false, updatable = false)
  private String id;

  @Column(name = "subject_id", length = 64, nullable = false, updatable = false)
  private String subjectId;

  @Column(name = "device_id", length = 128, nullable = false, updatable = false)
  private String deviceId;

  @Column(name = "platform", length = 32, nullable = false)
  private String platform;

  @Column(name = "push_token_ciphertext", length = 1024, nullable = false)
  private String pushTokenCiphertext;

  @Column(name = "registered_at", nullable = false, updatable = false)
  private Instant registeredAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  /** For JPA. */
  protected Device() {}

  public Device(
      String subjectId,
      String deviceId,
      PushPlatform platform,
      String pushTokenCiphertext,
      Instant now) {
    this.id = UUID.randomUUID().toString();
    this.subjectId = Objects.requireNonNull(subjectId, "subjectId");
    this.deviceId = Objects.requireNonNull(deviceId, "deviceId");
    this.platform = Objects.requireNonNull(platform, "platform").partner();
    this.pushTokenCiphertext = Objects.requireNonNull(pushTokenCiphertext, "pushTokenCiphertext");
    this.registeredAt = Objects.requireNonNull(now, "now");
    this.updatedAt = now;
  }

  /** The device registered again, perhaps with another push service or a new token. */
  public void reregister(PushPlatform platform, String pushTokenCiphertext, Instant now) {
    this.platform = Objects.requireNonNull(platform, "platform").partner();
    this.pushTokenCiphertext = Objects.requireNonNull(pushTokenCiphertext, "pushTokenCiphertext");
    this.updatedAt = Objects.requireNonNull(now, "now");
  }

  public String subjectId() {
    return subjectId;
  }

  public String deviceId() {
    return deviceId;
  }

  public PushPlatform platform() {
    return PushPlatform.of(platform).orElseThrow();
  }

  public String pushTokenCiphertext() {
    return pushTokenCiphertext;
  }

  public Instant registeredAt() {
    return registeredAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
