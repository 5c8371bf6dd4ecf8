package com.meike.privacy.notification.application;

import jakarta.ejb.Local;
import java.util.List;

/** The notice templates, for staff to review the exact text people receive. */
@Local
public interface NoticeTemplates {

  /** All templates, by id. */
  List<TemplateView> templates();
}
