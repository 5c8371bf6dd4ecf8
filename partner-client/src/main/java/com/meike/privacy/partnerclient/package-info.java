/**
 * The reference partner client: connects to meike-privacy's broker as one partner, receives from
 * the partner's outbound queue, prints each message and replies on its own {@code
 * partner.<id>.inbound}. See docs/partners.md.
 */
package com.meike.privacy.partnerclient;
