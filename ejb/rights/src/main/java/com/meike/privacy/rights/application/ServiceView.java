package com.meike.privacy.rights.application;

import java.util.Set;

/** A service that collects personal information, as the registry knows it. */
public record ServiceView(
    String code,
    String name,
    String kind,
    String kindLabel,
    String city,
    Set<String> purposes,
    Set<String> partners,
    boolean financial) {}
