package com.meike.privacy.consent.domain.holder;

import java.util.List;
import java.util.Optional;

/** Where transfers to a new holder are kept; recorded, never removed. */
public interface DataHolderTransferRepository {

  void add(DataHolderTransfer transfer);

  Optional<DataHolderTransfer> find(String id);

  /** Every transfer, newest first. */
  List<DataHolderTransfer> all();
}
