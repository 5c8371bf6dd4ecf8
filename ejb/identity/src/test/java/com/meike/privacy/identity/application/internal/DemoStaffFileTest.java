package com.meike.privacy.identity.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.meike.privacy.identity.domain.staff.DepartmentFunction;
import com.meike.privacy.identity.domain.staff.DirectoryDefinition;
import com.meike.privacy.identity.domain.staff.DirectoryDefinition.DepartmentEntry;
import com.meike.privacy.identity.domain.staff.DirectoryDefinition.StaffEntry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DemoStaffFileTest {

  private static InputStream json(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theShippedFileHoldsTheDemoDepartmentsWithTheirFunctionsAndHeads() {
    DirectoryDefinition demo = DemoStaffFile.read();

    assertThat(demo.departments())
        .extracting(
            DepartmentEntry::code,
            DepartmentEntry::name,
            DepartmentEntry::function,
            DepartmentEntry::head)
        .containsExactly(
            tuple("customer-service", "客服部 Customer service", null, "cs.head"),
            tuple("operations", "运营部 Operations", null, "ops.head"),
            tuple("security", "安全部 Security", DepartmentFunction.SECURITY, "sec.head"),
            tuple(
                "privacy-office",
                "个人信息保护办公室 Privacy office",
                DepartmentFunction.PRIVACY_OFFICE,
                "privacy.officer"),
            tuple("legal", "法务部 Legal", DepartmentFunction.LEGAL, "legal.counsel"));
  }

  @Test
  @DisplayName(
      "the demo staff belong only to staff groups of the one source (StaffGroups) or to the admins")
  void theDemoStaffGroupsAreTheStaffGroups() {
    assertThat(DemoStaffFile.read().staff())
        .flatMap(StaffEntry::groups)
        .allSatisfy(group -> assertThat(group).isIn(union()));
  }

  private static java.util.Set<String> union() {
    var groups = new java.util.HashSet<>(com.meike.privacy.kernel.staff.StaffGroups.ALL);
    groups.add("camunda-admin");
    return groups;
  }

  @Test
  void theShippedFileHoldsTheDemoStaffWithTheirGroupsAndDepartments() {
    DirectoryDefinition demo = DemoStaffFile.read();

    assertThat(demo.staff())
        .extracting(StaffEntry::username, StaffEntry::department, StaffEntry::groups)
        .containsExactly(
            tuple("admin", null, List.of("camunda-admin")),
            tuple("cs.agent", "customer-service", List.of("customer-service")),
            tuple(
                "cs.head",
                "customer-service",
                List.of("customer-service", "cs-supervisor", "department-head")),
            tuple("ops.agent", "operations", List.of("operations")),
            tuple("ops.head", "operations", List.of("operations", "department-head")),
            tuple(
                "sec.head",
                "security",
                List.of("security-head", "security-team", "department-head")),
            tuple(
                "privacy.officer", "privacy-office", List.of("privacy-officer", "department-head")),
            tuple("legal.counsel", "legal", List.of("legal", "department-head")),
            tuple("legal.associate", "legal", List.of("legal")));
    assertThat(demo.staff())
        .allSatisfy(
            s -> {
              assertThat(s.firstName()).isNotBlank();
              assertThat(s.lastName()).isNotBlank();
            });
  }

  @Test
  void theShippedFileHoldsNoPasswords() throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(DemoStaffFile.RESOURCE)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(text).doesNotContainIgnoringCase("password").doesNotContainIgnoringCase("secret");
    }
  }

  @Test
  void absentFunctionAndDepartmentReadAsNone() {
    DirectoryDefinition definition =
        DemoStaffFile.parse(
            json(
"""
{"departments": [{"code": "ops", "name": "Operations", "head": "o"}],
 "staff": [{"username": "o", "firstName": "O", "lastName": "P", "department": "ops", "groups": []},
           {"username": "a", "firstName": "A", "lastName": "B"}]}
"""));

    assertThat(definition.departments().get(0).function()).isNull();
    assertThat(definition.staff().get(1).department()).isNull();
    assertThat(definition.staff().get(1).groups()).isEmpty();
  }

  @Test
  void anInconsistentFileIsRefused() {
    assertThatThrownBy(
            () ->
                DemoStaffFile.parse(
                    json(
"""
{"departments": [], "staff": [{"username": "a", "firstName": "A", "lastName": "B", "department": "nowhere"}]}
""")))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aMalformedFileIsRefused() {
    assertThatThrownBy(() -> DemoStaffFile.parse(json("{\"departments\": [")))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () ->
                DemoStaffFile.parse(
                    json(
"""
{"departments": [{"code": "x", "name": "X", "function": "CATERING"}], "staff": []}
""")))
        .isInstanceOf(IllegalStateException.class);
  }
}
