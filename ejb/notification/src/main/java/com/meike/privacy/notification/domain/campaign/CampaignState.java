package com.meike.privacy.notification.domain.campaign;

/** A campaign runs, is paused by someone on the task, or has told everyone it could. */
public enum CampaignState {
  RUNNING,
  PAUSED,
  FINISHED
}
