package com.meike.privacy.identity.infrastructure.persistence.jpa;

import com.meike.privacy.identity.domain.staff.Department;
import com.meike.privacy.identity.domain.staff.DepartmentFunction;
import com.meike.privacy.identity.domain.staff.StaffMember;
import com.meike.privacy.identity.domain.staff.StaffRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** {@link StaffRepository} on JPA (unit {@code identity}); joins the caller's transaction. */
@ApplicationScoped
public class JpaStaffRepository implements StaffRepository {

  @PersistenceContext(unitName = "identity")
  private EntityManager entityManager;

  /** For the container. */
  public JpaStaffRepository() {}

  /** Outside a container (tests, tools): on the given entity manager. */
  public JpaStaffRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public Optional<StaffMember> member(String username) {
    return Optional.ofNullable(entityManager.find(StaffMember.class, username));
  }

  @Override
  public Optional<Department> department(String code) {
    return Optional.ofNullable(entityManager.find(Department.class, code));
  }

  @Override
  public Optional<Department> departmentWith(DepartmentFunction function) {
    return entityManager
        .createQuery("select d from Department d where d.function = :function", Department.class)
        .setParameter("function", function)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Department> departments() {
    return entityManager
        .createQuery("select d from Department d order by d.code", Department.class)
        .getResultList();
  }

  @Override
  public List<StaffMember> members() {
    return entityManager
        .createQuery("select m from StaffMember m order by m.username", StaffMember.class)
        .getResultList();
  }

  @Override
  public void add(Department department) {
    entityManager.persist(department);
  }

  @Override
  public void add(StaffMember member) {
    entityManager.persist(member);
  }

  @Override
  public void remove(StaffMember member) {
    entityManager.remove(member);
  }
}
