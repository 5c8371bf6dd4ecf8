package com.meike.privacy.incidents.application.internal;

import com.meike.privacy.incidents.domain.complaint.Complaint;
import com.meike.privacy.incidents.domain.complaint.ComplaintRepository;
import com.meike.privacy.kernel.crypto.FieldCipher;
import com.meike.privacy.kernel.crypto.Key;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Seals, once at deployment, the complaints written before their text was sealed (migration {@code
 * incidents/V2}): text, answer and history notes of such rows are still in clear, marked {@code
 * text_sealed = false} / {@code note_sealed = false}. Until then they stay readable as they are.
 * The key is checked when the application starts ({@code KeySetCheck}).
 */
@Startup
@Singleton
@DependsOn("IncidentsSchema")
public class LegacyComplaintSealing {

  private static final Logger LOG = Logger.getLogger(LegacyComplaintSealing.class.getName());

  static final int BATCH = 200;

  @Inject ComplaintRepository complaints;

  @Inject
  @Key(DefaultComplaintService.FIELD_KEY)
  FieldCipher fields;

  @PostConstruct
  void sealLegacyComplaints() {
    List<Complaint> unsealed = complaints.unsealed(BATCH);
    if (unsealed.isEmpty()) {
      return;
    }
    int sealed = 0;
    while (!unsealed.isEmpty()) {
      int before = sealed;
      for (Complaint complaint : unsealed) {
        if (complaint.sealLegacyText(DefaultComplaintService.sealing(fields, complaint.number()))) {
          sealed++;
        }
      }
      if (sealed == before) {
        break;
      }
      unsealed = complaints.unsealed(BATCH);
    }
    LOG.log(Level.INFO, "Sealed the text of {0} complaint(s) written before sealing", sealed);
  }
}
