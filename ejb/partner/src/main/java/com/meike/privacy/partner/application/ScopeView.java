package com.meike.privacy.partner.application;

import java.util.List;

/** The exact fields a partner may receive for one purpose of the consent catalogue. */
public record ScopeView(String purpose, List<String> fields) {}
