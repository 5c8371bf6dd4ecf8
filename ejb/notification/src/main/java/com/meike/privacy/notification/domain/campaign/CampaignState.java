package com.meike.privacy.notification.domain.campaign;

/**
 * A campaign is being filled page by page (SELECTING, nothing sent yet), runs, is paused by someone
 * on the task, or has told everyone it could.
 */
public enum CampaignState {
  SELECTING,
  RUNNING,
  PAUSED,
  FINISHED
}
