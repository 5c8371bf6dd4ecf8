package com.meike.privacy.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.meike.privacy.kernel.problem.DomainException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Catches the {@link DomainException} a call must throw, so tests can look at kind and field. */
public final class DomainExceptionAssertions {

  private DomainExceptionAssertions() {}

  public static DomainException refusal(ThrowingCallable call) {
    DomainException thrown = catchThrowableOfType(DomainException.class, call);
    assertThat(thrown).as("expected a DomainException").isNotNull();
    return thrown;
  }

  public static DomainException assertInvalid(ThrowingCallable call, String field) {
    DomainException thrown = refusal(call);
    assertThat(thrown.kind()).as(thrown.getMessage()).isEqualTo(DomainException.Kind.INVALID_INPUT);
    assertThat(thrown.field()).as(thrown.getMessage()).isEqualTo(field);
    return thrown;
  }

  public static DomainException assertKind(ThrowingCallable call, DomainException.Kind kind) {
    DomainException thrown = refusal(call);
    assertThat(thrown.kind()).as(thrown.getMessage()).isEqualTo(kind);
    return thrown;
  }
}
