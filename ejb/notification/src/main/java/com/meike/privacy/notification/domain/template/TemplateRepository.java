package com.meike.privacy.notification.domain.template;

import java.util.List;
import java.util.Optional;

/** The notice templates. */
public interface TemplateRepository {

  Optional<NoticeTemplate> find(String id);

  /** All templates, by id. */
  List<NoticeTemplate> all();
}
