package com.meike.privacy.partner.application;

/** How many different people's data one partner received in a year. */
public record PartnerCount(String partner, long people) {}
