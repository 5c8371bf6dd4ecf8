package com.meike.privacy.identity.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.identity.application.StaffDirectory;
import com.meike.privacy.identity.application.StaffDirectory.DepartmentView;
import com.meike.privacy.identity.application.StaffDirectory.StaffMemberView;
import com.meike.privacy.identity.application.StaffDirectoryAdministration;
import com.meike.privacy.identity.application.StaffGroupsChanged;
import com.meike.privacy.identity.domain.staff.Department;
import com.meike.privacy.identity.domain.staff.StaffMember;
import com.meike.privacy.identity.domain.staff.StaffRepository;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.problem.DomainException;
import com.meike.privacy.kernel.staff.StaffGroups;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.regex.Pattern;

/** The staff directory's writes; see {@link StaffDirectoryAdministration}. */
@Stateless
public class DefaultStaffDirectoryAdministration implements StaffDirectoryAdministration {

  /** As the engine accepts user ids (letters, digits, '.', '_', '-'). */
  static final Pattern USERNAME =
      Pattern.compile("[a-zA-Z0-9._-]{1," + StaffMember.USERNAME_LENGTH + "}");

  static final String SUBJECT = "staff-member";

  @Inject StaffRepository repository;
  @Inject StaffDirectory directory;
  @Inject AuditTrail audit;
  @Inject Event<StaffGroupsChanged> groupsChanged;

  @Override
  public StaffMemberView place(
      String actor, String username, String displayName, String department) {
    if (username == null || !USERNAME.matcher(username).matches()) {
      throw DomainException.invalid(
          "username", "must be a Camunda user id (letters, digits, '.', '_', '-')");
    }
    if (displayName == null || displayName.isBlank()) {
      throw DomainException.invalid("displayName", "is required");
    }
    if (displayName.length() > StaffMember.DISPLAY_NAME_LENGTH) {
      throw DomainException.invalid(
          "displayName", "must be at most " + StaffMember.DISPLAY_NAME_LENGTH + " characters");
    }
    if (department != null && repository.department(department).isEmpty()) {
      throw DomainException.invalid("department", "no department has this code");
    }
    StaffMember member = repository.member(username).orElse(null);
    if (member == null) {
      repository.add(new StaffMember(username, displayName.strip(), department));
    } else {
      String before = member.departmentCode().orElse(null);
      if (before != null && !before.equals(department) && heads(username, before)) {
        throw DomainException.conflict(
            username + " heads " + before + ": appoint another head first");
      }
      member.update(displayName.strip(), department);
    }
    boolean head = department != null && heads(username, department);
    groupsChanged.fire(
        new StaffGroupsChanged(username, StaffGroups.directoryGroupsOf(department, head)));
    audit.record(
        new AuditEvent(
            actor,
            "staff-directory.member-placed",
            SUBJECT,
            username,
            "department " + (department == null ? "none" : department)));
    return directory.member(username).orElseThrow();
  }

  @Override
  public void remove(String actor, String username) {
    StaffMember member =
        repository
            .member(username)
            .orElseThrow(
                () ->
                    DomainException.notFound("no staff member " + username + " in the directory"));
    String department = member.departmentCode().orElse(null);
    if (department != null && heads(username, department)) {
      throw DomainException.conflict(
          username + " heads " + department + ": appoint another head first");
    }
    repository.remove(member);
    groupsChanged.fire(
        new StaffGroupsChanged(username, StaffGroups.directoryGroupsOf(null, false)));
    audit.record(new AuditEvent(actor, "staff-directory.member-removed", SUBJECT, username, ""));
  }

  @Override
  public DepartmentView appointHead(String actor, String department, String username) {
    Department target =
        repository
            .department(department)
            .orElseThrow(() -> DomainException.notFound("no department " + department));
    if (username == null || username.isBlank()) {
      throw DomainException.invalid("username", "is required");
    }
    StaffMember member =
        repository
            .member(username)
            .filter(m -> m.departmentCode().filter(department::equals).isPresent())
            .orElseThrow(
                () ->
                    DomainException.invalid(
                        "username", "must be a member of " + department + " first"));
    String former = target.head().orElse(null);
    target.appoint(member.username());
    if (former != null && !former.equals(username)) {
      boolean stillMember =
          repository
              .member(former)
              .flatMap(StaffMember::departmentCode)
              .filter(department::equals)
              .isPresent();
      groupsChanged.fire(
          new StaffGroupsChanged(
              former, StaffGroups.directoryGroupsOf(stillMember ? department : null, false)));
    }
    groupsChanged.fire(
        new StaffGroupsChanged(username, StaffGroups.directoryGroupsOf(department, true)));
    audit.record(
        new AuditEvent(
            actor,
            "staff-directory.head-appointed",
            "department",
            department,
            "head " + username + (former == null ? "" : ", before " + former)));
    return directory.departments().stream()
        .filter(d -> d.code().equals(department))
        .findFirst()
        .orElseThrow();
  }

  private boolean heads(String username, String department) {
    return repository
        .department(department)
        .flatMap(Department::head)
        .filter(username::equals)
        .isPresent();
  }
}
