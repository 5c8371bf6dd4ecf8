package com.meike.privacy.incidents.application;

/**
 * What a complainant files: {@code about} is one of ORDER, SERVICE, RECORDING, PRIVACY_REQUEST,
 * ANSWER; {@code orderNumber} ({@code MK} + 16 digits) is required for ORDER and RECORDING; {@code
 * text} has 1 to 2000 characters.
 */
public record ComplaintFiling(String about, String orderNumber, String text) {}
