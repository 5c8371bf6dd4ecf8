package com.meike.privacy.identity.domain.evidence;

import com.meike.privacy.kernel.problem.DomainException;
import java.util.regex.Pattern;

/**
 * Checked evidence for one verification, in plaintext only on its way to the cipher. {@code number}
 * is the document number or the credit code; {@code name} the holder's or the enterprise's name;
 * {@code representative} the merchant's legal representative; {@code faceCheckReference} the
 * optional reference of a face check done by the app's provider (the face itself never reaches us).
 * {@link #toString()} shows none of it.
 */
public record Evidence(
    VerificationKind kind,
    String type,
    String number,
    String name,
    String representative,
    String faceCheckReference) {

  /** The evidence type of an enterprise credential. */
  public static final String CREDIT_CODE = "CREDIT_CODE";

  private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  /** A beautician's or a customer's identity document. */
  public static Evidence identityDocument(
      VerificationKind kind,
      String documentType,
      String documentNumber,
      String fullName,
      String faceCheckReference) {
    DocumentType type = DocumentType.parse(documentType);
    String number = type.normalise(documentNumber);
    String name = PersonName.person("fullName", fullName);
    if (faceCheckReference != null && !REFERENCE.matcher(faceCheckReference).matches()) {
      throw DomainException.invalid(
          "faceCheckReference", "must be 1 to 128 letters, digits or . _ : -");
    }
    return new Evidence(kind, type.name(), number, name, null, faceCheckReference);
  }

  /** A merchant's enterprise credential. */
  public static Evidence enterprise(
      String creditCode, String enterpriseName, String legalRepresentative) {
    String code = UnifiedSocialCreditCode.normalise(creditCode);
    String name = PersonName.enterprise("enterpriseName", enterpriseName);
    String representative = PersonName.person("legalRepresentative", legalRepresentative);
    return new Evidence(VerificationKind.ENTERPRISE, CREDIT_CODE, code, name, representative, null);
  }

  /** What the keyed hash is taken of: the same document always, whoever submits it. */
  public String lookupKey() {
    return type + ":" + number;
  }

  @Override
  public String toString() {
    return "Evidence[" + kind + ", " + type + "]";
  }
}
