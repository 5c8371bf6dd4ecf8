package com.meike.privacy.recording.domain.access;

/**
 * Which condition of its allowed use an application meets (REC-7; policy, Part 1 录音 3 a–b), as
 * checked when it was made: dispute evidence needs the separate consent of a party of the order
 * (its customer — the person served — or its beautician) or the complaint that asks for it; urgent
 * protection needs the urgency recorded and is reviewed afterwards. Spot checks and safety analysis
 * have no condition beyond the two approvals.
 */
public enum UseCondition {
  /** The person served by the order consented to their recording being used as dispute evidence. */
  CUSTOMER_CONSENT(
      "客户已单独同意将录音用作纠纷依据 The customer consented to the recording's use as dispute evidence"),
  /** The order's beautician consented. */
  BEAUTICIAN_CONSENT(
      "美容师已单独同意将录音用作纠纷依据 The beautician consented to the recording's use as dispute evidence"),
  /** A complaint about the order asks for the recording. */
  COMPLAINT("投诉要求调取录音作为证据 A complaint about the order asks for the recording as evidence"),
  /** The urgency is recorded; the privacy office reviews the access afterwards. */
  URGENCY_RECORDED(
      "情况紧急已记录，事后由隐私办公室复核 Urgency recorded; the privacy office reviews the access afterwards");

  private final String label;

  UseCondition(String label) {
    this.label = label;
  }

  /** What approvers read, in Chinese with English help. */
  public String label() {
    return label;
  }

  /**
   * Whether the condition rests on a consent that must still be in force when the grant is decided.
   */
  public boolean restsOnConsent() {
    return this == CUSTOMER_CONSENT || this == BEAUTICIAN_CONSENT;
  }
}
