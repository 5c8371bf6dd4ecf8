package com.meike.privacy.notification.application;

import java.util.Map;

/**
 * What to tell whom: the person's account id, the template, its parameters (JSON values: text,
 * numbers, booleans), and whether it is a service notice (always sent) or marketing (only with
 * the marketing consent). The category must match the template's.
 */
public record Notice(String subject, String templateId, Map<String, ?> params, NoticeCategory category) {}
