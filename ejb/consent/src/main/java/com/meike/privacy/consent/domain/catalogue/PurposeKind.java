package com.meike.privacy.consent.domain.catalogue;

/** Where in the policy a purpose comes from. */
public enum PurposeKind {
  /** A category of personal information the policy lists (Part 1 a–h, detailed in Part 2 §I). */
  INFORMATION_CATEGORY,
  /** An optional device feature that needs a permission (Part 2 §I (十) 1–4). */
  DEVICE_FEATURE
}
