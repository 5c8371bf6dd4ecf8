package com.meike.privacy.identity.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.meike.privacy.kernel.problem.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

  @Test
  void aMainlandMobileNumberInE164FormIsAcceptedAndMaskedWhenPrinted() {
    PhoneNumber phone = PhoneNumber.of("+8613812345678");
    assertThat(phone.e164()).isEqualTo("+8613812345678");
    assertThat(phone.toString()).doesNotContain("138123").endsWith("5678");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "13812345678",
        "+861281234567",
        "+86138123456789",
        "+8613812345ab",
        "+1 555 0100",
        "+86 13812345678",
        "+8612812345678"
      })
  void anythingElseIsRefusedNamingPhone(String value) {
    assertThatThrownBy(() -> PhoneNumber.of(value))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.field()).isEqualTo("phone");
              assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID_INPUT);
            });
  }

  @Test
  void rolesAreTheThreeOfTheContractAndNameTheField() {
    assertThat(AppRole.parse("BEAUTICIAN").needsExtraVerification()).isTrue();
    assertThat(AppRole.parse("CUSTOMER").needsExtraVerification()).isFalse();
    assertThatThrownBy(() -> AppRole.parse("ADMIN"))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.field()).isEqualTo("role"));
  }
}
