/**
 * Notice campaigns (INC-2): one approved notice to many people, claimed in batches from a recipient
 * table, each person told once under a name-based message id.
 */
package com.meike.privacy.notification.domain.campaign;
