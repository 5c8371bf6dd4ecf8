package com.meike.privacy.partner.domain.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.meike.privacy.kernel.problem.DomainException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataScopeTest {

  static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");

  @Test
  void fieldsAreSortedAndDeduplicated() {
    assertThat(DataScope.of(List.of("title", " deviceId ", "title"), false).fields())
        .containsExactly("deviceId", "title");
  }

  @Test
  void malformedNamesAreRefusedNamingTheField() {
    assertThatThrownBy(() -> DataScope.of(List.of("device id"), false))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.field()).isEqualTo("fields"));
    assertThatThrownBy(() -> DataScope.of(List.of("params..code"), false))
        .isInstanceOf(DomainException.class);
  }

  @Test
  void aDeIdentifiedPartnerCannotBeGivenAnIdentifyingField() {
    assertThatThrownBy(() -> DataScope.of(List.of("event", "context.deviceId"), true))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.getMessage()).contains("de-identified"));
    assertThat(DataScope.of(List.of("context.deviceId"), false).fields())
        .containsExactly("context.deviceId");
  }

  @Test
  void aPartnerKeepsOneScopePerPurposeAndForgetsAnEmptyOne() {
    Partner partner =
        new Partner("getui", "个推", "Getui", "com.igexin", PartnerKind.PUSH, false, "push", NOW);
    assertThat(
            partner.changeScope(
                "device.identifiers", DataScope.of(List.of("deviceId"), false), "po", NOW))
        .isTrue();
    assertThat(
            partner.changeScope(
                "device.identifiers", DataScope.of(List.of("deviceId"), false), "po", NOW))
        .isFalse();
    assertThat(partner.scopeFor("device.identifiers"))
        .contains(DataScope.of(List.of("deviceId"), false));
    assertThat(partner.changeScope("device.identifiers", DataScope.of(List.of(), false), "po", NOW))
        .isTrue();
    assertThat(partner.scopeFor("device.identifiers")).isEmpty();
    assertThatThrownBy(
            () ->
                partner.changeScope(
                    "device.identifiers", DataScope.of(List.of(), false), "po", NOW))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
  }
}
