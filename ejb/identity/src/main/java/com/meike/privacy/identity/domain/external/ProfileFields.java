package com.meike.privacy.identity.domain.external;

import com.meike.privacy.kernel.problem.DomainException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * Checks the consented profile fields and the external id of a binding; each refusal names its
 * field.
 */
public final class ProfileFields {

  private static final Pattern EXTERNAL_ID = Pattern.compile("[A-Za-z0-9._:@-]{1,128}");
  private static final int MAX_NICKNAME = 64;
  private static final int MAX_AVATAR_URL = 512;

  private ProfileFields() {}

  /**
   * @throws DomainException INVALID_INPUT on {@code externalId}
   */
  public static String externalId(String value) {
    if (value == null || value.isBlank()) {
      throw DomainException.invalid("externalId", "is required");
    }
    if (!EXTERNAL_ID.matcher(value).matches()) {
      throw DomainException.invalid("externalId", "must be 1 to 128 letters, digits or . _ : @ -");
    }
    return value;
  }

  /** The nickname without surrounding blanks, or null when not given. */
  public static String nickname(String value) {
    if (value == null) {
      return null;
    }
    String nickname = value.strip();
    if (nickname.isEmpty()
        || nickname.codePointCount(0, nickname.length()) > MAX_NICKNAME
        || nickname.codePoints().anyMatch(Character::isISOControl)) {
      throw DomainException.invalid(
          "nickname", "must be 1 to " + MAX_NICKNAME + " characters without control characters");
    }
    return nickname;
  }

  /** An https URL of the avatar, or null when not given. */
  public static String avatarUrl(String value) {
    if (value == null) {
      return null;
    }
    if (value.length() > MAX_AVATAR_URL) {
      throw DomainException.invalid(
          "avatarUrl", "must be at most " + MAX_AVATAR_URL + " characters");
    }
    try {
      URI uri = new URI(value);
      if (!"https".equalsIgnoreCase(uri.getScheme())
          || uri.getHost() == null
          || uri.getUserInfo() != null) {
        throw DomainException.invalid("avatarUrl", "must be an https URL");
      }
    } catch (URISyntaxException e) {
      throw DomainException.invalid("avatarUrl", "must be an https URL");
    }
    return value;
  }
}
