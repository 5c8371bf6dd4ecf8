package com.meike.privacy.consent.domain.assessment;

/** What an impact assessment concluded. Only ACCEPTABLE allows the processing it names. */
public enum AssessmentConclusion {
  ACCEPTABLE,
  NOT_ACCEPTABLE
}
