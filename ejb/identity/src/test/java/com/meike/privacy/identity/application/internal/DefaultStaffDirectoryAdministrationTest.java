package com.meike.privacy.identity.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.audit.application.ChainVerification;
import com.meike.privacy.identity.application.StaffGroupsChanged;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.problem.DomainException;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("REC-8")
class DefaultStaffDirectoryAdministrationTest {

  final List<StaffGroupsChanged> fired = new ArrayList<>();
  final List<AuditEvent> audited = new ArrayList<>();
  DefaultStaffDirectoryAdministration administration;
  InMemoryStaffRepository repository;

  @BeforeEach
  void directory() {
    repository = new InMemoryStaffRepository();
    new DemoDirectorySeeder(repository).seedMissing(DemoStaffFile.read());
    administration = new DefaultStaffDirectoryAdministration();
    administration.repository = repository;
    administration.directory = new DefaultStaffDirectory(repository);
    administration.audit =
        new AuditTrail() {
          @Override
          public void record(AuditEvent event) {
            audited.add(event);
          }

          @Override
          public ChainVerification verify() {
            throw new UnsupportedOperationException();
          }
        };
    administration.groupsChanged = new Recording();
  }

  @Test
  @DisplayName(
      "issue 17.7: a new colleague placed in operations gets exactly the operations group, audited")
  void placingAMemberSetsTheirDepartmentGroups() {
    var member = administration.place("privacy.officer", "ting.zhou", "周婷 Ting Zhou", "operations");

    assertThat(member.departmentCode()).isEqualTo("operations");
    assertThat(fired).containsExactly(new StaffGroupsChanged("ting.zhou", Set.of("operations")));
    assertThat(audited)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.actor()).isEqualTo("privacy.officer");
              assertThat(e.subjectId()).isEqualTo("ting.zhou");
            });
    assertThat(new DefaultStaffDirectory(repository).headOfDepartmentOf("ting.zhou"))
        .contains("ops.head");
  }

  @Test
  @DisplayName(
      "issue 17.7: a new head takes the head's groups, the former head keeps only the member's")
  void appointingAHeadMovesTheHeadsGroups() {
    administration.appointHead("privacy.officer", "security", "sec.head");
    fired.clear();
    administration.place("privacy.officer", "sec.analyst", "安全分析员 Analyst", "security");
    administration.appointHead("privacy.officer", "security", "sec.analyst");

    assertThat(fired)
        .contains(
            new StaffGroupsChanged("sec.head", Set.of("security-team")),
            new StaffGroupsChanged(
                "sec.analyst", Set.of("security-team", "security-head", "department-head")));
  }

  @Test
  @DisplayName(
      "issue 17.7: a head cannot leave or be removed before a successor; bad input names its field")
  void refusals() {
    assertThatThrownBy(() -> administration.place("privacy.officer", "ops.head", "刘洋", "legal"))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
    assertThatThrownBy(() -> administration.remove("privacy.officer", "ops.head"))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
    assertThatThrownBy(() -> administration.place("privacy.officer", "a b", "x", null))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.field()).isEqualTo("username"));
    assertThatThrownBy(() -> administration.place("privacy.officer", "new.one", "x", "no-such"))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.field()).isEqualTo("department"));
    assertThatThrownBy(() -> administration.appointHead("privacy.officer", "legal", "ops.agent"))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.field()).isEqualTo("username"));
    assertThat(fired).isEmpty();
  }

  @Test
  @DisplayName("issue 17.7: a removed member loses every department group")
  void removingAMemberDropsTheirGroups() {
    administration.remove("privacy.officer", "ops.agent");

    assertThat(fired).containsExactly(new StaffGroupsChanged("ops.agent", Set.of()));
    assertThat(repository.member("ops.agent")).isEmpty();
  }

  /** Records what the directory fires (the engine's side is tested in-container). */
  final class Recording implements Event<StaffGroupsChanged> {
    @Override
    public void fire(StaffGroupsChanged event) {
      fired.add(event);
    }

    @Override
    public <U extends StaffGroupsChanged> CompletionStage<U> fireAsync(U event) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends StaffGroupsChanged> CompletionStage<U> fireAsync(
        U event, NotificationOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Event<StaffGroupsChanged> select(Annotation... qualifiers) {
      return this;
    }

    @Override
    public <U extends StaffGroupsChanged> Event<U> select(
        Class<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends StaffGroupsChanged> Event<U> select(
        TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }
  }
}
