package com.meike.privacy.notification.application;

/**
 * A CDI event: a notice campaign has told everyone it could (raised in the transaction of its last
 * batch). The process that started it carries on.
 */
public record NoticeCampaignFinished(
    String campaignId, String purpose, String reference, long sent, long unreached) {}
