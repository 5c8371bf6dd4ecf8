package com.meike.privacy.partner.domain.registry;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What leaves for a partner is exactly what its scope allows (PTN-2). */
class PayloadFilterTest {

  static JsonObject json(String text) {
    return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
  }

  @Test
  void fieldsOutsideTheScopeNeverLeave() {
    DataScope scope = DataScope.of(List.of("deviceId", "title", "body"), false);
    PayloadFilter.Restricted sent =
        PayloadFilter.restrict(
            json(
                "{'deviceId':'d-1','title':'新订单','body':'x','phone':'+8613812345678','address':{'city':'郑州'}}"),
            scope,
            false,
            null);
    assertThat(sent.payload()).isEqualTo(json("{'deviceId':'d-1','title':'新订单','body':'x'}"));
    assertThat(sent.sentFields()).containsExactly("deviceId", "title", "body");
  }

  @Test
  void aDottedPathAllowsOnlyThatPartOfANestedObject() {
    DataScope scope = DataScope.of(List.of("phone", "template", "params.code"), false);
    PayloadFilter.Restricted sent =
        PayloadFilter.restrict(
            json(
                "{'phone':'+8613812345678','template':'verification-code','params':{'code':'493027','name':'王'}}"),
            scope,
            false,
            null);
    assertThat(sent.payload().getJsonObject("params")).isEqualTo(json("{'code':'493027'}"));
    assertThat(sent.sentFields()).containsExactly("phone", "template", "params.code");
  }

  @Test
  void aNestedObjectWithNothingAllowedIsDroppedWhole() {
    DataScope scope = DataScope.of(List.of("params.code"), false);
    PayloadFilter.Restricted sent =
        PayloadFilter.restrict(
            json("{'params':{'name':'王'},'other':{'code':'1'}}"), scope, false, null);
    assertThat(sent.payload()).isEqualTo(json("{}"));
    assertThat(sent.sentFields()).isEmpty();
  }

  @Test
  void aDeIdentifiedPartnerGetsThePseudonymAndNoIdentifyingFieldAtAnyDepth() {
    DataScope scope = DataScope.of(List.of("event", "page", "context"), true);
    PayloadFilter.Restricted sent =
        PayloadFilter.restrict(
            json(
                "{'event':'view','page':'home','deviceId':'d-1','pseudonym':'forged',"
                    + "'context':{'Phone':'+8613812345678','screen':'1080p','items':[{'email':'a@b.c','n':1}]}}"),
            scope,
            true,
            "p-123");
    assertThat(sent.payload())
        .isEqualTo(
            json(
                "{'event':'view','page':'home','context':{'screen':'1080p','items':[{'n':1}]},'pseudonym':'p-123'}"));
    assertThat(sent.sentFields()).containsExactly("event", "page", "context", "pseudonym");
  }

  @Test
  void aMessageAboutNobodyCarriesNoPseudonym() {
    DataScope scope = DataScope.of(List.of("event"), true);
    assertThat(PayloadFilter.restrict(json("{'event':'daily-total'}"), scope, true, null).payload())
        .isEqualTo(json("{'event':'daily-total'}"));
  }
}
