/**
 * Service shutdowns (SHUT-1): the registry of services that collect personal information (a
 * product, a feature, a city's service) with the purposes of consent's catalogue they collect for
 * and the partners they use; the shutdown aggregate from request to signed-off verification; the
 * rule for the notice period on the PRC working-day calendar.
 */
package com.meike.privacy.rights.domain.shutdown;
