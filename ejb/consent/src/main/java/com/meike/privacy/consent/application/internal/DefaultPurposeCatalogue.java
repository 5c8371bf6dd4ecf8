package com.meike.privacy.consent.application.internal;

import com.meike.privacy.consent.application.PurposeCatalogue;
import com.meike.privacy.consent.application.PurposeView;
import com.meike.privacy.consent.domain.catalogue.PurposeCode;
import com.meike.privacy.consent.domain.catalogue.PurposeRepository;
import com.meike.privacy.consent.domain.policy.PolicyVersionRepository;
import com.meike.privacy.kernel.problem.DomainException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.executable.ValidateOnExecution;
import java.util.List;
import java.util.Set;

/** {@link PurposeCatalogue} on the catalogue the migrations seeded. Reads only; not audited. */
@Stateless
@ValidateOnExecution
public class DefaultPurposeCatalogue implements PurposeCatalogue {

  @Inject PurposeRepository purposes;
  @Inject PolicyVersionRepository policies;

  @Override
  public List<PurposeView> purposes() {
    Set<String> published = policies.publishedVersions();
    return purposes.all().stream()
        .filter(purpose -> purpose.inForce(published::contains))
        .map(ConsentViews::view)
        .toList();
  }

  @Override
  public List<PurposeView> allPurposes() {
    return purposes.all().stream().map(ConsentViews::view).toList();
  }

  @Override
  public PurposeView purpose(com.meike.privacy.kernel.purpose.PurposeCode purpose) {
    return purposes
        .find(PurposeCode.of(purpose))
        .map(ConsentViews::view)
        .orElseThrow(() -> DomainException.notFound("no such purpose"));
  }
}
