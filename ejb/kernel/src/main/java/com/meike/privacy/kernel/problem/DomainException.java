package com.meike.privacy.kernel.problem;

import jakarta.ejb.ApplicationException;

/**
 * A refusal the caller can understand and act on. Thrown by services; the REST layer turns it into
 * an {@code application/problem+json} answer whose status the web layer gives {@link #kind()}. An
 * application exception, so the container rolls the transaction back and does not wrap it.
 */
@ApplicationException(rollback = true, inherited = true)
public class DomainException extends RuntimeException {

  /**
   * What went wrong, from the caller's point of view. Only the kind: the HTTP status and title of
   * each are the web layer's ({@code api.problem.RefusalStatus}).
   */
  public enum Kind {
    INVALID_INPUT,
    FORBIDDEN,
    NOT_FOUND,
    CONFLICT,
    /** An upload larger than the configured limit (e.g. a complaint attachment). */
    TOO_LARGE,
    /**
     * An upload of a type that is not accepted, or whose content does not match its declared type.
     */
    UNSUPPORTED_MEDIA_TYPE,
    /** Too many attempts in a time window (verification codes per phone or client address). */
    RATE_LIMITED
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
