package com.meike.privacy.rights.domain.request;

/** The five grounds on which a person may ask for deletion (Part 2 §V(2) 1–5, DSR-2). */
public enum DeletionGround {
  UNLAWFUL_PROCESSING("我们处理个人信息的行为违反法律法规 Processing violates laws or regulations"),
  NO_CONSENT("收集、使用个人信息未征得您的明确同意 Collected or used without explicit consent"),
  BREACH_OF_AGREEMENT("处理行为严重违反了与您的约定 Processing seriously breaches our agreement"),
  NO_LONGER_USING("您不再使用我们的产品或服务，或已注销账号 You no longer use the service or cancelled the account"),
  SERVICE_ENDED("我们永久不再为您提供产品或服务 We permanently stopped providing the service");

  private final String label;

  DeletionGround(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
