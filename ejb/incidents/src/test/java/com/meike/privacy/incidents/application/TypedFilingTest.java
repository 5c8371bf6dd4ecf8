package com.meike.privacy.incidents.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.meike.privacy.incidents.application.internal.DefaultComplaintService;
import com.meike.privacy.kernel.order.OrderNumber;
import com.meike.privacy.testsupport.MethodValidation;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A complaint names its order by the kernel's order number, validated on the service interface as
 * the server validates it before the service runs (the web layer answers 400 naming {@code
 * orderNumber}).
 */
class TypedFilingTest {

  static List<String> refusals(ComplaintFiling filing) throws NoSuchMethodException {
    return MethodValidation.refusals(
        new DefaultComplaintService(),
        ComplaintService.class.getMethod("file", ComplaintFiling.class, String.class),
        filing,
        "acc-1");
  }

  @Test
  @DisplayName(
      "CMP-1: a complaint's order number is MK and 16 digits; anything else is refused saying so, and no number is allowed where none is needed")
  void aMalformedOrderNumberIsRefusedOnTheInterface() throws Exception {
    assertThat(refusals(ComplaintFiling.of("ORDER", "MK123", "Rude.")))
        .containsExactly("file.filing.orderNumber.value " + OrderNumber.MESSAGE);
    assertThat(refusals(ComplaintFiling.of("ORDER", "MK2026091800000123", "Rude."))).isEmpty();
    assertThat(refusals(ComplaintFiling.of("SERVICE", "  ", "Rude."))).isEmpty();
    assertThat(ComplaintFiling.of("SERVICE", "  ", "Rude.").orderNumber()).isNull();
  }
}
