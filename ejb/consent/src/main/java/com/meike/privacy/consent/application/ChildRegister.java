package com.meike.privacy.consent.application;

import com.meike.privacy.kernel.subject.SubjectId;
import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * Children under 14 and their guardians (ID-6). Once a person is marked, every consent for them
 * must come from the recorded guardian; consents the child gave themselves stop counting.
 */
@Local
public interface ChildRegister {

  /**
   * Records a person as a child with their guardian; raises {@link ChildMarked}. Marking again with
   * the same guardian records nothing and returns the status.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException INVALID_INPUT on {@code subject},
   *     {@code guardian} (malformed, the child themselves, or someone recorded as a child) or
   *     {@code basis}; CONFLICT when the person is already recorded with another guardian;
   *     FORBIDDEN without {@code markedBy}
   */
  ChildStatusView markChild(
      @NotNull(message = "is required") @Valid ChildMarking marking, String markedBy);

  /** The person's child status, if they are recorded as a child. */
  Optional<ChildStatusView> childStatus(@NotNull(message = "is required") @Valid SubjectId subject);

  /**
   * The children {@code guardian} is recorded for, in the order they were marked.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException INVALID_INPUT on {@code guardian} for
   *     a phone number given as the id (the format is checked on this interface)
   */
  List<ChildStatusView> childrenOf(@NotNull(message = "is required") @Valid SubjectId guardian);

  /**
   * How many people are recorded as children under 14 now, for the annual audit of minors' personal
   * information (AUD-4). A count, not personal data; not audited.
   */
  long childrenRecorded();
}
