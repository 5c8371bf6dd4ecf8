/**
 * Deletion orders to partners (DSR-7 groundwork): the order about one person and, per partner that
 * received the person's data, the message sent and the partner's answer.
 */
package com.meike.privacy.partner.domain.deletion;
