package com.meike.privacy.kernel.problem;

import jakarta.ejb.ApplicationException;

/**
 * A refusal the caller can understand and act on. Thrown by services; the REST layer turns it into
 * an {@code application/problem+json} answer with {@link #kind()} as its status class. An
 * application exception, so the container rolls the transaction back and does not wrap it.
 */
@ApplicationException(rollback = true, inherited = true)
public class DomainException extends RuntimeException {

  /** What went wrong, from the caller's point of view. */
  public enum Kind {
    INVALID_INPUT(400, "Invalid input"),
    FORBIDDEN(403, "Forbidden"),
    NOT_FOUND(404, "Not found"),
    CONFLICT(409, "Conflict"),
    /** An upload larger than the configured limit (e.g. a complaint attachment). */
    TOO_LARGE(413, "Content too large"),
    /**
     * An upload of a type that is not accepted, or whose content does not match its declared type.
     */
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    /** Too many attempts in a time window (verification codes per phone or client address). */
    RATE_LIMITED(429, "Too many requests");

    private final int status;
    private final String title;

    Kind(int status, String title) {
      this.status = status;
      this.title = title;
    }

    public int status() {
      return status;
    }

    public String title() {
      return title;
    }
  }

  private final Kind kind;
  private final String field;

  public DomainException(Kind kind, String field, String detail) {
    super(detail);
    this.kind = kind;
    this.field = field;
  }

  public static DomainException invalid(String field, String detail) {
    return new DomainException(Kind.INVALID_INPUT, field, detail);
  }

  public static DomainException forbidden(String detail) {
    return new DomainException(Kind.FORBIDDEN, null, detail);
  }

  public static DomainException notFound(String detail) {
    return new DomainException(Kind.NOT_FOUND, null, detail);
  }

  public static DomainException conflict(String detail) {
    return new DomainException(Kind.CONFLICT, null, detail);
  }

  public static DomainException tooLarge(String field, String detail) {
    return new DomainException(Kind.TOO_LARGE, field, detail);
  }

  public static DomainException unsupportedMediaType(String field, String detail) {
    return new DomainException(Kind.UNSUPPORTED_MEDIA_TYPE, field, detail);
  }

  public static DomainException rateLimited(String field, String detail) {
    return new DomainException(Kind.RATE_LIMITED, field, detail);
  }

  public Kind kind() {
    return kind;
  }

  /** The request field the problem is about, or null when it is not about one field. */
  public String field() {
    return field;
  }
}
