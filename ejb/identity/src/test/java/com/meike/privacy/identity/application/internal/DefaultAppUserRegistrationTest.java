package com.meike.privacy.identity.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.meike.privacy.identity.application.AccessTokens;
import com.meike.privacy.identity.application.AppUserRegistration.Registered;
import com.meike.privacy.identity.domain.account.AppAccount;
import com.meike.privacy.identity.domain.verification.CodeRules;
import com.meike.privacy.identity.domain.verification.PhoneVerification;
import com.meike.privacy.identity.infrastructure.token.JwtAccessTokens;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.crypto.FieldCipher;
import com.meike.privacy.kernel.crypto.KeyedHash;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.testsupport.MovableClock;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DefaultAppUserRegistrationTest {

  private static final String PHONE = "+8613812345678";
  private static final String OTHER_PHONE = "+8613912345678";
  private static final String CLIENT = "203.0.113.7";
  private static KeyPair tokenKeys;

  private final RegistrationFakes.Accounts accounts = new RegistrationFakes.Accounts();
  private final RegistrationFakes.Verifications verifications =
      new RegistrationFakes.Verifications();
  private final RegistrationFakes.Gateway sms = new RegistrationFakes.Gateway();
  private final RegistrationFakes.Trail audit = new RegistrationFakes.Trail();
  private final MovableClock clock = new MovableClock(Instant.parse("2026-11-29T08:00:00Z"));
  private final KeyedHash codeHash = KeyedHash.fromSecret("c0de".repeat(16));
  private final KeyedHash phoneHash = KeyedHash.fromSecret("f0ne".replace('n', 'e').repeat(16));
  private final FieldCipher phoneCipher = new FieldCipher("k1", new byte[32]);
  private AccessTokens tokens;
  private DefaultAppUserRegistration registration;

  @BeforeAll
  static void keyPair() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    tokenKeys = generator.generateKeyPair();
  }

  @BeforeEach
  void service() {
    tokens =
        new JwtAccessTokens(
            tokenKeys.getPrivate(), tokenKeys.getPublic(), Duration.ofHours(12), clock);
    registration =
        new DefaultAppUserRegistration(
            verifications,
            accounts,
            sms,
            tokens,
            codeHash,
            phoneHash,
            phoneCipher,
            new CodeAttempts(verifications, audit),
            audit,
            clock,
            CodeRules.defaults());
  }

  @Test
  void aCodeSentToThePhoneRegistersAnAccountWithAToken() {
    registration.requestCode(PHONE, CLIENT);

    assertThat(sms.sent)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.phone()).isEqualTo(PHONE);
              assertThat(m.code()).matches("[0-9]{6}");
            });
    PhoneVerification stored = verifications.all.get(0);
    assertThat(stored.codeHash())
        .isEqualTo(codeHash.hash(sms.lastCode()))
        .isNotEqualTo(sms.lastCode());
    assertThat(stored.phoneHash()).isEqualTo(phoneHash.hash(PHONE));

    Registered registered = registration.register(PHONE, sms.lastCode(), "BEAUTICIAN");

    assertThat(registered.accountId()).startsWith("u-");
    assertThat(registered.created()).isTrue();
    assertThat(registered.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(12)));
    assertThat(tokens.verify(registered.token()))
        .contains(new AccessTokens.Bearer(registered.accountId(), Set.of("BEAUTICIAN")));
    AppAccount account = accounts.byId.get(registered.accountId());
    assertThat(account.phoneCiphertext()).startsWith("k1$").doesNotContain("13812345678");
    assertThat(
            phoneCipher.open(
                account.phoneCiphertext(),
                DefaultAppUserRegistration.phoneBinding(account.phoneHash())))
        .isEqualTo(PHONE);
    assertThat(registration.account(registered.accountId()))
        .get()
        .satisfies(v -> assertThat(v.extraVerification()).isEqualTo("PENDING"));
  }

  @Test
  void aCodeIsSingleUseAndTheSecondSignInFindsTheSameAccount() {
    registration.requestCode(PHONE, CLIENT);
    String code = sms.lastCode();
    Registered first = registration.register(PHONE, code, "CUSTOMER");

    assertRefusedOnCode(() -> registration.register(PHONE, code, "CUSTOMER"));

    clock.advance(Duration.ofSeconds(1));
    registration.requestCode(PHONE, CLIENT);
    Registered again = registration.register(PHONE, sms.lastCode(), "MERCHANT");
    assertThat(again.accountId()).isEqualTo(first.accountId());
    assertThat(again.role()).isEqualTo("CUSTOMER");
    assertThat(again.created()).isFalse();
  }

  @Test
  void aCodeExpiresAfterFiveMinutes() {
    registration.requestCode(PHONE, CLIENT);
    clock.advance(Duration.ofMinutes(5));
    assertRefusedOnCode(() -> registration.register(PHONE, sms.lastCode(), "CUSTOMER"));
    assertThat(accounts.byId).isEmpty();
  }

  @Test
  void fiveWrongAttemptsBurnTheCodeAndEachIsAuditedWithoutTheCode() {
    registration.requestCode(PHONE, CLIENT);
    String code = sms.lastCode();
    String wrong = code.equals("000000") ? "111111" : "000000";
    for (int i = 0; i < 5; i++) {
      assertRefusedOnCode(() -> registration.register(PHONE, wrong, "CUSTOMER"));
    }
    assertRefusedOnCode(() -> registration.register(PHONE, code, "CUSTOMER"));
    assertThat(audit.events)
        .filteredOn(e -> e.action().equals("registration.code-refused"))
        .hasSize(6)
        .extracting(AuditEvent::detail)
        .containsExactly("WRONG", "WRONG", "WRONG", "WRONG", "WRONG_AND_BURNT", "BURNT");
    assertThat(audit.events)
        .allSatisfy(e -> assertThat(e.toString()).doesNotContain(code, "13812345678"));
  }

  @Test
  void aPhoneWithoutACodeGetsTheSameAnswerAsAWrongCode() {
    registration.requestCode(PHONE, CLIENT);
    String wrong = sms.lastCode().equals("000000") ? "111111" : "000000";
    String wrongAnswer = refusal(() -> registration.register(PHONE, wrong, "CUSTOMER"));
    String unknownAnswer = refusal(() -> registration.register(OTHER_PHONE, wrong, "CUSTOMER"));
    assertThat(unknownAnswer).isEqualTo(wrongAnswer);
  }

  @Test
  void codesAreRateLimitedPerPhoneAndPerClientAddress() {
    for (int i = 0; i < 5; i++) {
      registration.requestCode(PHONE, CLIENT);
    }
    assertThatThrownBy(() -> registration.requestCode(PHONE, "198.51.100.1"))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.RATE_LIMITED));
    assertThat(sms.sent).hasSize(5);
    clock.advance(Duration.ofHours(1));
    registration.requestCode(PHONE, CLIENT);

    for (int i = 0; i < 19; i++) {
      registration.requestCode(String.format("+86137%08d", i), CLIENT);
    }
    assertThatThrownBy(() -> registration.requestCode(OTHER_PHONE, CLIENT))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.RATE_LIMITED));
    registration.requestCode(OTHER_PHONE, "198.51.100.1");
    assertThat(audit.events)
        .filteredOn(e -> e.action().equals("registration.code-rate-limited"))
        .hasSize(2);
  }

  @Test
  void theLatestCodeReplacesEarlierOnes() {
    registration.requestCode(PHONE, CLIENT);
    String first = sms.lastCode();
    clock.advance(Duration.ofSeconds(30));
    registration.requestCode(PHONE, CLIENT);
    if (!first.equals(sms.lastCode())) {
      assertRefusedOnCode(() -> registration.register(PHONE, first, "CUSTOMER"));
    }
    assertThat(registration.register(PHONE, sms.lastCode(), "CUSTOMER").created()).isTrue();
  }

  @Test
  void malformedInputNamesItsField() {
    assertThatThrownBy(() -> registration.requestCode("13812345678", CLIENT))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.field()).isEqualTo("phone"));
    assertThatThrownBy(() -> registration.register(PHONE, "123456", "ADMIN"))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.field()).isEqualTo("role"));
    assertRefusedOnCode(() -> registration.register(PHONE, "12ab56", "CUSTOMER"));
    assertThat(sms.sent).isEmpty();
  }

  private static void assertRefusedOnCode(ThrowingCallable call) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID_INPUT);
              assertThat(e.field()).isEqualTo("code");
            });
  }

  private static String refusal(ThrowingCallable call) {
    try {
      call.call();
    } catch (DomainException e) {
      return e.kind() + " " + e.field() + " " + e.getMessage();
    } catch (Throwable t) {
      throw new AssertionError(t);
    }
    throw new AssertionError("not refused");
  }
}
