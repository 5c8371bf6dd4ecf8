package com.meike.privacy.rights.domain.request;

/**
 * The only grounds on which a request may be refused (DSR-2, DSR-6): the exemptions of Part 2 §I 3
 * and the refusals of §V(6). A refusal always names one.
 */
public enum RefusalGround {
  // §V(6), 4th paragraph, and §I 3 (1)–(3): what the law requires.
  NATIONAL_SECURITY("§V(6) 1 与国家安全、国防安全有关 National or defence security"),
  PUBLIC_INTEREST("§V(6) 2 与公共安全、公共卫生、重大公共利益有关 Public safety, health or major public interest"),
  CRIMINAL_JUSTICE(
      "§V(6) 3 与犯罪侦查、起诉、审判和执行判决等有关 Criminal investigation, prosecution, trial or enforcement"),
  MALICE_OR_ABUSE("§V(6) 4 有充分证据表明存在主观恶意或滥用权利 Evidence of malice or abuse of rights"),
  SERIOUS_HARM("§V(6) 5 响应请求将导致合法权益受到严重损害 Answering would seriously harm legitimate rights"),
  TRADE_SECRET("§V(6) 6 涉及商业秘密 Involves trade secrets"),
  // §I 3 (4)–(8).
  VITAL_INTERESTS("§I 3 (4) 维护生命、财产等重大合法权益但很难得到本人同意 Vital interests, consent impractical"),
  SELF_PUBLISHED("§I 3 (5) 您自行向社会公众公开的个人信息 Made public by the person"),
  LAWFULLY_PUBLIC("§I 3 (6) 从合法公开披露的信息中收集 Collected from lawfully public sources"),
  CONTRACT_NECESSARY("§I 3 (7) 签订和履行协议所必需 Necessary for a contract with the person"),
  SERVICE_SECURITY("§I 3 (8) 维护产品或服务安全稳定运行所必需 Necessary for the service's secure operation"),
  // §V(6), 3rd paragraph: what we may refuse (DSR-6).
  NOT_LINKED_TO_IDENTITY("§V(6) 与您的身份不直接关联的信息 Not directly linked to the person's identity"),
  REPEATED_WITHOUT_CAUSE("§V(6) 无端重复 Repeated without cause"),
  EXCESSIVE_TECHNICAL_MEANS("§V(6) 需要过多技术手段 Would need excessive technical means"),
  RISK_TO_OTHERS("§V(6) 给他人合法权益带来风险 Risk to others' legitimate rights"),
  IMPRACTICAL("§V(6) 不切实际的请求 Impractical");

  private final String label;

  RefusalGround(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
