package com.meike.privacy.consent.domain.catalogue;

import com.meike.privacy.kernel.problem.DomainException;
import java.util.Arrays;
import java.util.List;

/**
 * The authorised partners of the external contract (architecture.md, "Partner ids"), by the id
 * their queues and messaging users carry. A purpose lists the partners that may receive its
 * information; the partners context enforces each partner's exact fields (PTN-1, PTN-2).
 */
public enum Partner {
  /** 个推 (每日互动), push SDK {@code com.igexin} (Part 2 §III(一)4(3), §X). */
  GETUI("getui"),
  /** 华为 HMS push, SDK {@code com.huawei.hms} (Part 2 §X). */
  HUAWEI_PUSH("huawei-push"),
  /** 高德地图 AMap, SDK {@code com.amap.api}: location and maps (Part 2 §X). */
  AMAP("amap"),
  /** The SMS gateway: verification codes and order text messages (Part 1 d). */
  SMS("sms"),
  /** The e-mail gateway: notices such as security-incident notifications (Part 2 §IV(六)). */
  EMAIL("email"),
  /** WeChat Pay (Part 2 §I (五)). */
  WECHAT_PAY("wechat-pay"),
  /** Alipay (Part 2 §I (五)). */
  ALIPAY("alipay"),
  /**
   * Advertising and analytics partners: de-identified or aggregated data only (Part 2 §III(一)4(1)).
   */
  ANALYTICS("analytics");

  private final String id;

  Partner(String id) {
    this.id = id;
  }

  /** The partner's id in queue names, messaging users and the API. */
  public String id() {
    return id;
  }

  /**
   * The partner with this id.
   *
   * @throws DomainException INVALID_INPUT on field {@code partner} for any other id
   */
  public static Partner byId(String id) {
    for (Partner partner : values()) {
      if (partner.id.equals(id)) {
        return partner;
      }
    }
    throw DomainException.invalid("partner", "must be one of " + ids());
  }

  /** Every partner id, in declaration order. */
  public static List<String> ids() {
    return Arrays.stream(values()).map(Partner::id).toList();
  }
}
