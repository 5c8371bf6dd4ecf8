package com.meike.privacy.partner.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.meike.privacy.kernel.subject.SubjectId;
import com.meike.privacy.partner.application.internal.DefaultDisclosures;
import com.meike.privacy.partner.application.internal.DefaultPartnerDeletionOrders;
import com.meike.privacy.testsupport.MethodValidation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The partner context's services take the person as a typed account id, validated on the interface
 * as the server validates it before the service runs (the web layer answers a violation with 400
 * naming {@code subject}).
 */
class TypedSubjectsTest {

  static List<String> disclosuresOf(SubjectId subject) throws NoSuchMethodException {
    return MethodValidation.refusals(
        new DefaultDisclosures(),
        Disclosures.class.getMethod("forSubject", SubjectId.class, String.class),
        subject,
        "privacy.officer");
  }

  @Test
  @DisplayName(
      "PTN-5: a person's disclosures are asked for with an account id; anything else is refused, saying what an account id is")
  void theDisclosureLogRefusesAMalformedOrMissingSubject() throws Exception {
    assertThat(disclosuresOf(SubjectId.of("acc-1"))).isEmpty();
    assertThat(disclosuresOf(SubjectId.of("../etc")))
        .containsExactly("forSubject.subject.value " + SubjectId.MESSAGE);
    assertThat(disclosuresOf(SubjectId.of("")))
        .containsExactly("forSubject.subject.value " + SubjectId.MESSAGE);
    assertThat(disclosuresOf(null)).containsExactly("forSubject.subject is required");
  }

  @Test
  @DisplayName(
      "DSR-7: a deletion order names the person by account id, not by phone number, in both of its forms")
  void aDeletionOrderRefusesAPhoneNumberOrNoSubject() {
    List<Method> both =
        Arrays.stream(PartnerDeletionOrders.class.getMethods())
            .filter(m -> m.getName().equals("orderDeletion"))
            .toList();
    assertThat(both).hasSize(2);
    for (Method method : both) {
      Object[] args = new Object[method.getParameterCount()];
      Arrays.fill(args, null);
      for (int i = 1; i < args.length; i++) {
        args[i] = method.getParameterTypes()[i] == Set.class ? Set.of() : "x";
      }
      DefaultPartnerDeletionOrders service = new DefaultPartnerDeletionOrders();

      args[0] = SubjectId.of("+86 138");
      assertThat(MethodValidation.refusals(service, method, args))
          .containsExactly("orderDeletion.subject.value " + SubjectId.MESSAGE);
      args[0] = null;
      assertThat(MethodValidation.refusals(service, method, args))
          .containsExactly("orderDeletion.subject is required");
      args[0] = SubjectId.of("u-1");
      assertThat(MethodValidation.refusals(service, method, args)).isEmpty();
    }
  }
}
