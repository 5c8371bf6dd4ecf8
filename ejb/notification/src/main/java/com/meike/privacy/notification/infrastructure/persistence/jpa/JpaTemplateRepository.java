package com.meike.privacy.notification.infrastructure.persistence.jpa;

import com.meike.privacy.notification.domain.template.NoticeTemplate;
import com.meike.privacy.notification.domain.template.TemplateRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** {@link TemplateRepository} on JPA (unit {@code notification}). */
@ApplicationScoped
public class JpaTemplateRepository implements TemplateRepository {

  @PersistenceContext(unitName = "notification")
  private EntityManager entityManager;

  /** For the container. */
  public JpaTemplateRepository() {}

  /** Outside a container (tests). */
  public JpaTemplateRepository(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  public Optional<NoticeTemplate> find(String id) {
    return Optional.ofNullable(entityManager.find(NoticeTemplate.class, id));
  }

  @Override
  public List<NoticeTemplate> all() {
    return entityManager
        .createQuery("select t from NoticeTemplate t order by t.id", NoticeTemplate.class)
        .getResultList();
  }
}
