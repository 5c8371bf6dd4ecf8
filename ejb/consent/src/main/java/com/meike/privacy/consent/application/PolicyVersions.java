package com.meike.privacy.consent.application;

import jakarta.ejb.Local;
import java.util.List;

/**
 * Policy versions (CON-5): publishing a new version, and reading every published one. A major
 * change marks everyone who has ever consented as needing to consent again and raises {@link
 * PolicyVersionPublished}. Refusals are {@link com.meike.privacy.kernel.problem.DomainException}s.
 */
@Local
public interface PolicyVersions {

  /**
   * Publishes a new version, which is in force from now on. A staff action: the caller checks the
   * role, the service records who.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException FORBIDDEN without a publisher;
   *     INVALID_INPUT naming {@code version}, {@code summary}, {@code text} or {@code
   *     majorChangeKinds}; CONFLICT when the version was already published
   */
  PolicyVersionView publish(PolicyPublication publication, String publisher);

  /**
   * The version in force.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException NOT_FOUND before the first publication
   */
  PolicyVersionView current();

  /**
   * One published version with its text; old versions stay readable.
   *
   * @throws com.meike.privacy.kernel.problem.DomainException NOT_FOUND for an unpublished version
   */
  PolicyVersionView version(String version);

  /** Every published version without its text, newest first. */
  List<PolicyVersionSummary> versions();

  /**
   * People still to consent again to major version {@code version}, ordered by subject id: at most
   * {@code limit} (1 to 1000) after {@code afterSubject} (null for the first page).
   *
   * @throws com.meike.privacy.kernel.problem.DomainException NOT_FOUND for an unpublished version;
   *     INVALID_INPUT on {@code limit}
   */
  List<String> subjectsAwaitingReconsent(String version, String afterSubject, int limit);
}
