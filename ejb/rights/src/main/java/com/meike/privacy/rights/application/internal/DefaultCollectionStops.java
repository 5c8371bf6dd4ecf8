package com.meike.privacy.rights.application.internal;

import com.meike.privacy.kernel.rights.CollectionStops;
import com.meike.privacy.rights.domain.shutdown.CollectingService;
import com.meike.privacy.rights.domain.shutdown.Shutdown;
import com.meike.privacy.rights.domain.shutdown.ShutdownRepository;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Optional;

/**
 * {@link CollectionStops} from the approved shutdowns (SHUT-1): a service whose shutdown is
 * approved collects nothing from that instant on, also after it is disposed of. One small query per
 * collection (shutdowns are few), in the collector's transaction, so an approval is what the next
 * collection reads.
 */
@Stateless
@Local(CollectionStops.class)
public class DefaultCollectionStops implements CollectionStops {

  @Inject ShutdownRepository repository;

  @Override
  public Optional<Stop> stopFor(Collection<String> purposes, String city) {
    for (Shutdown shutdown : repository.inStates(DefaultShutdowns.STOPPED)) {
      Optional<CollectingService> service = repository.service(shutdown.serviceCode());
      if (service.isPresent() && service.get().covers(purposes, city)) {
        String purpose =
            purposes.stream().filter(service.get().purposes()::contains).findFirst().orElse("");
        return Optional.of(
            new Stop(
                service.get().code(),
                service.get().name(),
                purpose,
                shutdown.collectionStoppedAt().orElse(null),
                shutdown.shutdownDate()));
      }
    }
    return Optional.empty();
  }
}
