/**
 * The disclosure log (PTN-5): which partner received which fields of whom, for which purpose, when.
 */
package com.meike.privacy.partner.domain.disclosure;
