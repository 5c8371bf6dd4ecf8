package com.meike.privacy.consent.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.consent.application.ChildMarked;
import com.meike.privacy.consent.application.ChildMarking;
import com.meike.privacy.consent.application.ChildRegister;
import com.meike.privacy.consent.application.ChildStatusView;
import com.meike.privacy.consent.domain.child.ChildBasis;
import com.meike.privacy.consent.domain.child.ChildStatus;
import com.meike.privacy.consent.domain.child.ChildStatusRepository;
import com.meike.privacy.consent.domain.subject.SubjectId;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.problem.DomainException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * {@link ChildRegister} as one container-managed transaction per call: the child status, its audit
 * entry and the {@link ChildMarked} event commit together. The audit detail names the basis and the
 * guardian's account id, never a birth date.
 */
@Stateless
@ValidateOnExecution
public class DefaultChildRegister implements ChildRegister {

  @Inject ChildStatusRepository children;
  @Inject AuditTrail auditTrail;
  @Inject Event<ChildMarked> marked;
  @Inject Clock clock;

  @Override
  public long childrenRecorded() {
    return children.count();
  }

  @Override
  public ChildStatusView markChild(ChildMarking marking, String markedBy) {
    if (marking == null) {
      throw DomainException.invalid("subject", "is required");
    }
    SubjectId child = SubjectId.of(marking.subject(), "subject");
    SubjectId guardian = SubjectId.of(marking.guardian(), "guardian");
    ChildBasis basis = ChildBasis.parse(marking.basis());
    ChildStatus status = ChildStatus.mark(child, guardian, basis, markedBy, clock.instant());
    Optional<ChildStatus> existing = children.find(child.value());
    if (existing.isPresent()) {
      if (existing.get().hasGuardian(guardian.value())) {
        return ConsentViews.view(existing.get());
      }
      throw DomainException.conflict(
          "this person is already recorded as a child with another guardian");
    }
    if (children.find(guardian.value()).isPresent()) {
      throw DomainException.invalid(
          "guardian", "a person recorded as a child cannot be a guardian");
    }
    children.store(status);
    auditTrail.record(
        new AuditEvent(
            status.markedBy(),
            "child.marked",
            ConsentViews.SUBJECT,
            status.subjectId(),
            "basis " + status.basis() + ", guardian " + status.guardianId()));
    marked.fire(new ChildMarked(status.subjectId(), status.guardianId()));
    return ConsentViews.view(status);
  }

  @Override
  public Optional<ChildStatusView> childStatus(com.meike.privacy.kernel.subject.SubjectId subject) {
    // the format is checked on the interface; consent's own id refuses a phone number besides
    return children
        .findOpen(SubjectId.of(subject.value(), "subject").value())
        .map(ConsentViews::view);
  }

  @Override
  public List<ChildStatusView> childrenOf(com.meike.privacy.kernel.subject.SubjectId guardian) {
    return children.childrenOf(SubjectId.of(guardian.value(), "guardian").value()).stream()
        .map(ConsentViews::view)
        .toList();
  }
}
