package com.meike.privacy.rights.domain.shutdown;

/**
 * What kind of service collects: a whole product, a feature of the app, or a service in one city.
 */
public enum ServiceKind {
  PRODUCT("产品 Product"),
  FEATURE("功能 Feature"),
  CITY_SERVICE("城市服务 City service");

  private final String label;

  ServiceKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
