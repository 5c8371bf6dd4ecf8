package com.meike.privacy.identity.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.meike.privacy.identity.domain.account.AppAccount;
import com.meike.privacy.identity.domain.account.AppRole;
import com.meike.privacy.kernel.crypto.FieldCipher;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DefaultAccountContactsTest {

  static FieldCipher cipher(String keyId) {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    return FieldCipher.fromBase64(keyId, Base64.getEncoder().encodeToString(key));
  }

  final FieldCipher current = cipher("p1");
  final RegistrationFakes.Accounts accounts = new RegistrationFakes.Accounts();
  final DefaultAccountContacts contacts = new DefaultAccountContacts(accounts, current);

  AppAccount account(FieldCipher sealedWith) {
    String phoneHash = "hash-" + accounts.byId.size();
    return account(
        phoneHash,
        sealedWith.seal("+8613812345678", DefaultAppUserRegistration.phoneBinding(phoneHash)));
  }

  AppAccount account(String phoneHash, String sealedPhone) {
    AppAccount account =
        AppAccount.register(
            phoneHash, sealedPhone, AppRole.CUSTOMER, Instant.parse("2026-11-29T08:00:00Z"));
    accounts.add(account);
    return account;
  }

  @Test
  @DisplayName("DATA-3: a phone ciphertext copied onto another account does not open there")
  void aPhoneCopiedToAnotherAccountDoesNotOpen() {
    AppAccount original = account(current);
    AppAccount other = account("hash-other", original.phoneCiphertext());
    assertThat(contacts.phoneOf(original.id())).contains("+8613812345678");
    assertThat(contacts.phoneOf(other.id())).isEmpty();
  }

  @Test
  void opensThePhoneOfAnAccount() {
    assertThat(contacts.phoneOf(account(current).id())).contains("+8613812345678");
  }

  @Test
  void aPhoneSealedUnderAKeyThisServerDoesNotHoldIsNoContactPointRatherThanAFailure() {
    assertThat(contacts.phoneOf(account(cipher("p1")).id())).isEmpty();
  }

  @Test
  void unknownAndMalformedAccountIdsHaveNoPhone() {
    assertThat(contacts.phoneOf("u-unknown")).isEmpty();
    assertThat(contacts.phoneOf("' or 1=1 --")).isEmpty();
    assertThat(contacts.phoneOf(null)).isEmpty();
  }
}
