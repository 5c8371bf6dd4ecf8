package com.meike.privacy.notification.application;

import java.util.List;

/** A notice template as staff review it. */
public record TemplateView(
    String id,
    String category,
    String channel,
    String purpose,
    List<String> params,
    String titleZh,
    String bodyZh,
    String description) {}
