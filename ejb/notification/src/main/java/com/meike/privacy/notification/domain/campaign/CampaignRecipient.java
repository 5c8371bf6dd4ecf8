package com.meike.privacy.notification.domain.campaign;

/** A person concerned ({@code subjectId}) and who is told: the person, or a child's guardian. */
public record CampaignRecipient(
    String campaignId, long seq, String subjectId, String recipientId, boolean forChild) {

  public String messageId() {
    return Campaign.messageId(campaignId, subjectId);
  }
}
