package com.meike.privacy.recording.domain.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The app version an account's app last reported (REC-2: an app too old to ask for consent means no
 * recording). The customer's app reports at start-up; the beautician's app with its arrival.
 */
@Entity
@Table(name = "recording_app_version")
public class AppVersionReport {

  @Id
  @Column(name = "account_id")
  private String accountId;

  @Column(name = "app_version")
  private String appVersion;

  @Column(name = "reported_at")
  private Instant reportedAt;

  /** For JPA. */
  protected AppVersionReport() {}

  public AppVersionReport(String accountId, AppVersion version, Instant now) {
    this.accountId = accountId;
    report(version, now);
  }

  public void report(AppVersion version, Instant now) {
    this.appVersion = version.text();
    this.reportedAt = now;
  }

  public String accountId() {
    return accountId;
  }

  public AppVersion appVersion() {
    return AppVersion.parse(appVersion, "appVersion");
  }

  public Instant reportedAt() {
    return reportedAt;
  }
}
