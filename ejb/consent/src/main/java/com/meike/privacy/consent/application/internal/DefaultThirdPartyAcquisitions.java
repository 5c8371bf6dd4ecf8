package com.meike.privacy.consent.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.consent.application.ConsentCheck;
import com.meike.privacy.consent.application.ThirdPartyAcquisitions;
import com.meike.privacy.consent.domain.acquisition.ThirdPartyAcquisition;
import com.meike.privacy.consent.domain.acquisition.ThirdPartyAcquisitionRepository;
import com.meike.privacy.consent.domain.catalogue.Purpose;
import com.meike.privacy.consent.domain.catalogue.PurposeCode;
import com.meike.privacy.consent.domain.catalogue.PurposeRepository;
import com.meike.privacy.consent.domain.ledger.Decision;
import com.meike.privacy.consent.domain.ledger.DecisionReason;
import com.meike.privacy.consent.domain.subject.SubjectId;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.problem.DomainException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link ThirdPartyAcquisitions} as one container-managed transaction per call, with its audit
 * entry.
 */
@Stateless
@ValidateOnExecution
public class DefaultThirdPartyAcquisitions implements ThirdPartyAcquisitions {

  @Inject ConsentCheck check;
  @Inject PurposeRepository purposes;
  @Inject ThirdPartyAcquisitionRepository acquisitions;
  @Inject AuditTrail auditTrail;
  @Inject Clock clock;

  @Override
  public AcquisitionView record(
      com.meike.privacy.kernel.subject.SubjectId subject, AcquisitionInput input, String actor) {
    SubjectId person = SubjectId.of(subject, "subject");
    if (input == null) {
      throw DomainException.invalid("source", "is required");
    }
    List<String> categories = input.dataCategories() == null ? List.of() : input.dataCategories();
    ThirdPartyAcquisition acquisition =
        ThirdPartyAcquisition.record(
            person,
            input.source(),
            categories,
            input.commitmentReference(),
            input.commitmentDate(),
            input.personInformed(),
            actor,
            clock.instant());
    List<String> missing = new ArrayList<>();
    for (String category : categories) {
      Purpose purpose = purpose(category);
      Decision decision =
          check.may(
              com.meike.privacy.kernel.subject.SubjectId.of(person.value()),
              com.meike.privacy.kernel.purpose.PurposeCode.of(category));
      boolean consented =
          decision.allowed()
              && decision.entrySequence() != null
              && (!purpose.sensitive() || decision.reason() == DecisionReason.CONSENT_GIVEN);
      if (!consented) {
        missing.add(category + " (" + decision.reason() + ")");
      }
    }
    if (!missing.isEmpty()) {
      throw DomainException.conflict(
          "the person has not consented beforehand to receiving "
              + String.join(", ", missing)
              + " from a third party");
    }
    acquisitions.append(acquisition);
    auditTrail.record(
        new AuditEvent(
            acquisition.recordedBy(),
            "consent.third-party-acquisition",
            ConsentViews.SUBJECT,
            person.value(),
            "categories "
                + acquisition.dataCategories()
                + ", commitment "
                + acquisition.commitmentReference()
                + ", record "
                + acquisition.id()));
    return view(acquisition);
  }

  @Override
  public List<AcquisitionView> of(
      com.meike.privacy.kernel.subject.SubjectId subject, String viewer) {
    SubjectId person = SubjectId.of(subject, "subject");
    if (viewer == null || viewer.isBlank()) {
      throw DomainException.forbidden("only an identified staff member may read");
    }
    List<AcquisitionView> views =
        acquisitions.of(person.value()).stream().map(DefaultThirdPartyAcquisitions::view).toList();
    auditTrail.record(
        new AuditEvent(
            viewer.strip(),
            "consent.third-party-acquisitions-read",
            ConsentViews.SUBJECT,
            person.value(),
            views.size() + " records"));
    return views;
  }

  private Purpose purpose(String category) {
    PurposeCode code;
    try {
      code = PurposeCode.of(category);
    } catch (DomainException e) {
      throw DomainException.invalid("dataCategories", "'" + category + "' is not a purpose code");
    }
    return purposes
        .find(code)
        .orElseThrow(
            () ->
                DomainException.invalid(
                    "dataCategories", "'" + category + "' is not in the purpose catalogue"));
  }

  static AcquisitionView view(ThirdPartyAcquisition a) {
    return new AcquisitionView(
        a.id(),
        a.subjectId(),
        a.source(),
        a.dataCategories(),
        a.commitmentReference(),
        a.commitmentDate(),
        a.recordedBy(),
        a.recordedAt());
  }
}
