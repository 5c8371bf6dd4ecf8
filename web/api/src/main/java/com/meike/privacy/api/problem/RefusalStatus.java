package com.meike.privacy.api.problem;

import com.meike.privacy.kernel.problem.DomainException;

/**
 * The web layer's one table from a service's kind of refusal to the HTTP status and title it
 * answers: the kernel names only the kind ({@link DomainException.Kind}), so a context never
 * decides a status. {@link DomainExceptionMapper} and the in-container probe servlets read it; the
 * switch is exhaustive, so a new kind does not compile until it has a status here.
 */
public final class RefusalStatus {

  private RefusalStatus() {}

  /** The HTTP status a refusal of {@code kind} answers. */
  public static int of(DomainException.Kind kind) {
    return switch (kind) {
      case INVALID_INPUT -> 400;
      case FORBIDDEN -> 403;
      case NOT_FOUND -> 404;
      case CONFLICT -> 409;
      case TOO_LARGE -> 413;
      case UNSUPPORTED_MEDIA_TYPE -> 415;
      case RATE_LIMITED -> 429;
    };
  }

  /** The problem's title for a refusal of {@code kind} (RFC 9457: the same for every instance). */
  public static String title(DomainException.Kind kind) {
    return switch (kind) {
      case INVALID_INPUT -> "Invalid input";
      case FORBIDDEN -> "Forbidden";
      case NOT_FOUND -> "Not found";
      case CONFLICT -> "Conflict";
      case TOO_LARGE -> "Content too large";
      case UNSUPPORTED_MEDIA_TYPE -> "Unsupported media type";
      case RATE_LIMITED -> "Too many requests";
    };
  }
}
