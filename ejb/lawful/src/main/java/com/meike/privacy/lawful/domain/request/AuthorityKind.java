package com.meike.privacy.lawful.domain.request;

import com.meike.privacy.kernel.problem.DomainException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Who asks (Part 2 §III(3), Part 1 录音 4 a–b): PRC authorities acting under a legal procedure, a
 * user holding a legal document (a party or lawyer with a court's investigation order, REC-9), or a
 * foreign court or authority, whose request we may answer only with a PRC competent authority's
 * approval (PIPL art. 41, DISC-1a).
 */
public enum AuthorityKind {
  /** 公安机关. */
  PUBLIC_SECURITY,
  /** 国家安全机关. */
  STATE_SECURITY,
  /** 人民检察院. */
  PROCURATORATE,
  /** 人民法院. */
  COURT,
  /** 监察委员会. */
  SUPERVISORY_COMMISSION,
  /** 网信、市场监管等行政监管部门. */
  REGULATOR,
  /** 用户持法律文件依法调取：当事人或律师持法院调查令等. */
  LEGAL_DOCUMENT_HOLDER,
  /**
   * 经本人另行单独同意的接收方：录音对外提供（政策第一部分录音 4 c, REC-9）。Not an authority: the person's separate consent to
   * {@code service.recording.sharing} is the ground, checked at screening.
   */
  CONSENTED_RECIPIENT,
  /** 外国司法或执法机构. */
  FOREIGN_AUTHORITY;

  public boolean foreign() {
    return this == FOREIGN_AUTHORITY;
  }

  /** Whether the recipient receives a recording's audio itself, not only its reference (REC-9). */
  public boolean receivesAudio() {
    return this == LEGAL_DOCUMENT_HOLDER || this == CONSENTED_RECIPIENT;
  }

  /**
   * @throws DomainException INVALID_INPUT on {@code authorityKind} for anything else
   */
  public static AuthorityKind parse(String name) {
    return parse(AuthorityKind.class, name, "authorityKind");
  }

  static <E extends Enum<E>> E parse(Class<E> type, String name, String field) {
    if (name != null) {
      for (E value : type.getEnumConstants()) {
        if (value.name().equals(name.strip())) {
          return value;
        }
      }
    }
    throw DomainException.invalid(
        field,
        "must be one of "
            + Arrays.stream(type.getEnumConstants())
                .map(Enum::name)
                .collect(Collectors.joining(", ")));
  }
}
