package com.meike.privacy.identity.domain.evidence;

import com.meike.privacy.kernel.problem.DomainException;
import java.util.Locale;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a 31-letter alphabet
 * (no I, O, S, V, Z), the last a check character over the first 17.
 */
public final class UnifiedSocialCreditCode {

  private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };

  private UnifiedSocialCreditCode() {}

  /**
   * The code in canonical form (upper case).
   *
   * @throws DomainException INVALID_INPUT on {@code creditCode}; the detail never repeats it
   */
  public static String normalise(String value) {
    if (value == null || value.isBlank()) {
      throw DomainException.invalid("creditCode", "is required");
    }
    String code = value.strip().toUpperCase(Locale.ROOT);
    if (code.length() != 18) {
      throw DomainException.invalid("creditCode", "must be 18 characters");
    }
    int sum = 0;
    for (int i = 0; i < 18; i++) {
      int digit = ALPHABET.indexOf(code.charAt(i));
      if (digit < 0) {
        throw DomainException.invalid(
            "creditCode", "holds a character outside the code's alphabet");
      }
      if (i < 17) {
        sum += digit * WEIGHTS[i];
      }
    }
    int check = (31 - sum % 31) % 31;
    if (ALPHABET.charAt(check) != code.charAt(17)) {
      throw DomainException.invalid("creditCode", "fails the check character");
    }
    return code;
  }
}
