package com.meike.privacy.notification.domain.template;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A notice template, kept as data (seeded by the migrations): what it is for ({@link Category}),
 * how it travels ({@link TemplateChannel}), the purpose an SMS or e-mail of it serves, the
 * parameters it uses and its Chinese title and body with {@code {name}} placeholders.
 */
@Entity
@Table(name = "notification_template")
public class NoticeTemplate {

  /** Service notices always go; marketing notices only with the marketing consent. */
  public enum Category {
    SERVICE,
    MARKETING
  }

  @Id
  @Column(name = "id", length = 64, nullable = false, updatable = false)
  private String id;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", length = 16, nullable = false)
  private Category category;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", length = 8, nullable = false)
  private TemplateChannel channel;

  @Column(name = "purpose", length = 64, nullable = false)
  private String purpose;

  @Column(name = "params", length = 500, nullable = false)
  private String params;

  @Column(name = "title_zh", length = 200, nullable = false)
  private String titleZh;

  @Column(name = "body_zh", length = 2000, nullable = false)
  private String bodyZh;

  @Column(name = "description", length = 500, nullable = false)
  private String description;

  /** For JPA. */
  protected NoticeTemplate() {}

  /** Outside the database (tests). */
  public NoticeTemplate(
      String id,
      Category category,
      TemplateChannel channel,
      String purpose,
      List<String> params,
      String titleZh,
      String bodyZh,
      String description) {
    this.id = id;
    this.category = category;
    this.channel = channel;
    this.purpose = purpose;
    this.params = String.join(",", params);
    this.titleZh = titleZh;
    this.bodyZh = bodyZh;
    this.description = description;
  }

  /** The title with the parameters filled in. */
  public String title(Map<String, ?> values) {
    return TemplateText.render(titleZh, values);
  }

  /** The body with the parameters filled in. */
  public String body(Map<String, ?> values) {
    return TemplateText.render(bodyZh, values);
  }

  public String id() {
    return id;
  }

  public Category category() {
    return category;
  }

  public TemplateChannel channel() {
    return channel;
  }

  public String purpose() {
    return purpose;
  }

  public List<String> params() {
    return params.isBlank() ? List.of() : Arrays.asList(params.split(","));
  }

  public String titleZh() {
    return titleZh;
  }

  public String bodyZh() {
    return bodyZh;
  }

  public String description() {
    return description;
  }
}
