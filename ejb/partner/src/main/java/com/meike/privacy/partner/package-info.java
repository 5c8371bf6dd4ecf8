/**
 * The partners context (PTN-1..5): the registry of partners and SDKs with the exact fields each may
 * receive per purpose, the one outbound service other contexts send through (scope, consent,
 * de-identification, outbox and disclosure log in the caller's transaction), the relay that hands
 * the outbox to the partner queues, the partners' replies, and the disclosure log.
 */
package com.meike.privacy.partner;
