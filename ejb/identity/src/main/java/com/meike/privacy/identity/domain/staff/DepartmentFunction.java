package com.meike.privacy.identity.domain.staff;

/** Departments other contexts need to find by what they do, not by name. */
public enum DepartmentFunction {
  SECURITY,
  PRIVACY_OFFICE,
  LEGAL
}
