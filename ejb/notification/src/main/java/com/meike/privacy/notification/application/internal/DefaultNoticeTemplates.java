package com.meike.privacy.notification.application.internal;

import com.meike.privacy.notification.application.NoticeTemplates;
import com.meike.privacy.notification.application.TemplateView;
import com.meike.privacy.notification.domain.template.TemplateRepository;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/** {@link NoticeTemplates}. */
@Stateless
public class DefaultNoticeTemplates implements NoticeTemplates {

  @Inject TemplateRepository templates;

  @Override
  public List<TemplateView> templates() {
    return templates.all().stream()
        .map(
            t ->
                new TemplateView(
                    t.id(),
                    t.category().name(),
                    t.channel().name(),
                    t.purpose(),
                    t.params(),
                    t.titleZh(),
                    t.bodyZh(),
                    t.description()))
        .toList();
  }
}
