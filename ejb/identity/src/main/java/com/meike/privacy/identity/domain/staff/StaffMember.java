package com.meike.privacy.identity.domain.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.Optional;

/**
 * A member of staff: the user name they sign in with (credentials and groups live in the process
 * engine's identity service), the name colleagues see and the department they belong to, if any.
 */
@Entity
@Table(name = "staff_member")
public class StaffMember {

  public static final int USERNAME_LENGTH = 64;
  public static final int DISPLAY_NAME_LENGTH = 200;

  @Id
  @Column(name = "username", nullable = false, updatable = false, length = USERNAME_LENGTH)
  private String username;

  @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_LENGTH)
  private String displayName;

  @Column(name = "department_code", length = Department.CODE_LENGTH)
  private String departmentCode;

  /** For JPA. */
  protected StaffMember() {}

  /**
   * @param departmentCode may be null for staff outside any department (the administrator)
   */
  public StaffMember(String username, String displayName, String departmentCode) {
    this.username = requireText("username", username, USERNAME_LENGTH);
    this.displayName = requireText("displayName", displayName, DISPLAY_NAME_LENGTH);
    this.departmentCode =
        departmentCode == null
            ? null
            : requireText("department", departmentCode, Department.CODE_LENGTH);
  }

  /** The directory records a new name or department (null: none). */
  public void update(String displayName, String departmentCode) {
    this.displayName = requireText("displayName", displayName, DISPLAY_NAME_LENGTH);
    this.departmentCode =
        departmentCode == null
            ? null
            : requireText("department", departmentCode, Department.CODE_LENGTH);
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public Optional<String> departmentCode() {
    return Optional.ofNullable(departmentCode);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StaffMember m && Objects.equals(username, m.username);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(username);
  }

  static String requireText(String field, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    if (value.length() > maxLength) {
      throw new IllegalArgumentException(field + " must be at most " + maxLength + " characters");
    }
    return value;
  }
}
