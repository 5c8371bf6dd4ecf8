package com.meike.privacy.identity.domain.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.Optional;

/**
 * A department: its code, its name, what it does when other contexts need to find it by that
 * ({@link DepartmentFunction}, at most one department per function) and its head, by user name.
 */
@Entity
@Table(name = "department")
public class Department {

  public static final int CODE_LENGTH = 64;
  public static final int NAME_LENGTH = 200;

  @Id
  @Column(name = "code", nullable = false, updatable = false, length = CODE_LENGTH)
  private String code;

  @Column(name = "name", nullable = false, length = NAME_LENGTH)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "function", length = 32, unique = true)
  private DepartmentFunction function;

  @Column(name = "head_username", length = StaffMember.USERNAME_LENGTH)
  private String headUsername;

  /** For JPA. */
  protected Department() {}

  /**
   * @param function may be null: most departments are not looked up by function
   * @param headUsername may be null while the department has no head
   */
  public Department(String code, String name, DepartmentFunction function, String headUsername) {
    this.code = StaffMember.requireText("code", code, CODE_LENGTH);
    this.name = StaffMember.requireText("name", name, NAME_LENGTH);
    this.function = function;
    this.headUsername =
        headUsername == null
            ? null
            : StaffMember.requireText("head", headUsername, StaffMember.USERNAME_LENGTH);
  }

  /** {@code username} heads the department from now on (null: nobody). */
  public void appoint(String username) {
    this.headUsername = username;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public Optional<DepartmentFunction> function() {
    return Optional.ofNullable(function);
  }

  public Optional<String> head() {
    return Optional.ofNullable(headUsername);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Department d && Objects.equals(code, d.code);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(code);
  }
}
