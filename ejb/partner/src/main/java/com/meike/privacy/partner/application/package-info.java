/**
 * Use cases of the partners context as {@code @Local} EJB views — {@link
 * com.meike.privacy.partner.application.PartnerRegistry}, {@link
 * com.meike.privacy.partner.application.PartnerOutbound} (the only way to send anything to a
 * partner), {@link com.meike.privacy.partner.application.PartnerReplies}, {@link
 * com.meike.privacy.partner.application.PartnerMessages} and {@link
 * com.meike.privacy.partner.application.Disclosures} — and their request and view records.
 */
package com.meike.privacy.partner.application;
