package com.meike.privacy.partner.application;

import java.time.LocalDate;

/**
 * How many different people's personal information went to partners outside mainland China from
 * {@code since} (1 January, China time) until now (AUD-4): all of them, and those whose sensitive
 * personal information went (purposes the catalogue marks sensitive).
 */
public record AbroadCount(LocalDate since, long people, long sensitivePeople) {}
