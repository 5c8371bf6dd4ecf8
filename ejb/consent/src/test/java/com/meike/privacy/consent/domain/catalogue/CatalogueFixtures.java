package com.meike.privacy.consent.domain.catalogue;

import java.util.List;

/** Purposes shaped like those the catalogue migration seeds, for tests without a database. */
public final class CatalogueFixtures {

  public static final String FIRST_VERSION = "2026-01";

  private CatalogueFixtures() {}

  /** Necessary, not sensitive: covered by accepting the policy. */
  public static Purpose accountPhone() {
    return purpose("account.phone", Necessity.NECESSARY, false, false, List.of(Partner.SMS));
  }

  /** Necessary, not sensitive: covered by accepting the policy. */
  public static Purpose usageLogs() {
    return purpose("usage.logs", Necessity.NECESSARY, false, false, List.of(Partner.ANALYTICS));
  }

  /** Necessary but sensitive: needs its own consent, cannot be withdrawn. */
  public static Purpose paymentAccount() {
    return purpose(
        "payment.account",
        Necessity.NECESSARY,
        true,
        false,
        List.of(Partner.WECHAT_PAY, Partner.ALIPAY));
  }

  /** Optional and sensitive. */
  public static Purpose preciseLocation() {
    return purpose(
        "location.precise", Necessity.OPTIONAL, true, false, List.of(Partner.AMAP, Partner.GETUI));
  }

  /** Optional, not sensitive. */
  public static Purpose camera() {
    return purpose("device.camera", Necessity.OPTIONAL, false, false, List.of());
  }

  /** Optional, sensitive, implied consent on site allowed. */
  public static Purpose serviceRecording() {
    return purpose("service.recording", Necessity.OPTIONAL, true, true, List.of());
  }

  public static List<Purpose> catalogue() {
    return List.of(
        accountPhone(),
        usageLogs(),
        paymentAccount(),
        preciseLocation(),
        camera(),
        serviceRecording());
  }

  public static Purpose purpose(
      String code,
      Necessity necessity,
      boolean sensitive,
      boolean impliedConsentAllowed,
      List<Partner> partners) {
    return purpose(
        code, necessity, sensitive, impliedConsentAllowed, partners, FIRST_VERSION, null);
  }

  public static Purpose purpose(
      String code,
      Necessity necessity,
      boolean sensitive,
      boolean impliedConsentAllowed,
      List<Partner> partners,
      String policyVersion,
      String retiredIn) {
    return new Purpose(
        PurposeCode.of(code),
        code.startsWith("device.") ? PurposeKind.DEVICE_FEATURE : PurposeKind.INFORMATION_CATEGORY,
        "名称 " + code,
        "Name of " + code,
        "data items of " + code,
        "what " + code + " is used for",
        necessity,
        sensitive,
        false,
        impliedConsentAllowed,
        "legal basis of " + code,
        "retention of " + code,
        "第一部分 x",
        policyVersion,
        retiredIn,
        partners);
  }
}
