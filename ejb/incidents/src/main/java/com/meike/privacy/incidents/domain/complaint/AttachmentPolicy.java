package com.meike.privacy.incidents.domain.complaint;

import com.meike.privacy.kernel.problem.DomainException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a complainant may attach (CMP-1): the accepted content types ({@code image/jpeg}, or a whole
 * family as {@code audio/*}), the largest attachment in bytes, and how many one complaint may hold.
 * Content that claims to be a JPEG, PNG or PDF must start like one, so a renamed file of another
 * kind is refused.
 */
public record AttachmentPolicy(List<String> types, long maxBytes, int maxPerComplaint) {

  public static final AttachmentPolicy DEFAULT =
      new AttachmentPolicy(
          List.of(
              "image/jpeg", "image/png", "application/pdf", "audio/mpeg", "audio/mp4", "audio/aac"),
          5L * 1024 * 1024,
          10);

  public AttachmentPolicy {
    types =
        List.copyOf(Objects.requireNonNull(types, "types")).stream()
            .map(type -> type.strip().toLowerCase(Locale.ROOT))
            .filter(type -> !type.isEmpty())
            .toList();
    if (types.isEmpty()) {
      throw new IllegalArgumentException("at least one attachment type must be accepted");
    }
    if (maxBytes < 1 || maxPerComplaint < 1) {
      throw new IllegalArgumentException("attachment size and count limits must be positive");
    }
  }

  /**
   * The content type, lower case and without parameters, if accepted.
   *
   * @throws DomainException UNSUPPORTED_MEDIA_TYPE on {@code contentType} otherwise
   */
  public String accept(String contentType) {
    String type =
        contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    boolean accepted =
        !type.isEmpty()
            && types.stream()
                .anyMatch(
                    allowed ->
                        allowed.endsWith("/*")
                            ? type.startsWith(allowed.substring(0, allowed.length() - 1))
                            : allowed.equals(type));
    if (!accepted) {
      throw DomainException.unsupportedMediaType(
          "contentType", "accepted attachment types are " + String.join(", ", types));
    }
    return type;
  }

  /**
   * @throws DomainException INVALID_INPUT when empty; TOO_LARGE above {@link #maxBytes}
   */
  public void checkSize(long size) {
    if (size < 1) {
      throw DomainException.invalid("content", "the attachment is empty");
    }
    if (size > maxBytes) {
      throw DomainException.tooLarge(
          "content", "an attachment may have at most " + maxBytes + " bytes");
    }
  }

  /**
   * @throws DomainException UNSUPPORTED_MEDIA_TYPE when the content does not start the way its
   *     declared type (JPEG, PNG, PDF) does
   */
  public static void checkSignature(String type, byte[] content) {
    byte[] signature =
        switch (type) {
          case "image/jpeg" -> new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
          case "image/png" -> new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
          case "application/pdf" -> new byte[] {'%', 'P', 'D', 'F', '-'};
          default -> new byte[0];
        };
    if (content.length < signature.length) {
      throw mismatch(type);
    }
    for (int i = 0; i < signature.length; i++) {
      if (content[i] != signature[i]) {
        throw mismatch(type);
      }
    }
  }

  private static DomainException mismatch(String type) {
    return DomainException.unsupportedMediaType(
        "contentType", "the content is not a " + type + " file");
  }
}
