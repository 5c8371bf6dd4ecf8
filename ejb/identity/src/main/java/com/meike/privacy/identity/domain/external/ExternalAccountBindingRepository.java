package com.meike.privacy.identity.domain.external;

import java.util.List;
import java.util.Optional;

/** Storage of third-party login bindings. */
public interface ExternalAccountBindingRepository {

  /** The account's bindings, oldest first. */
  List<ExternalAccountBinding> ofAccount(String accountId);

  Optional<ExternalAccountBinding> ofAccount(String accountId, ExternalProvider provider);

  /** The binding of the external account with this keyed hash, whichever app account holds it. */
  Optional<ExternalAccountBinding> withExternalIdHash(String externalIdHash);

  void add(ExternalAccountBinding binding);

  /** Deletes the binding and every field it held. */
  void remove(ExternalAccountBinding binding);
}
