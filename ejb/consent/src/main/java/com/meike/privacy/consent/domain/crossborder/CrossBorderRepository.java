package com.meike.privacy.consent.domain.crossborder;

import java.util.List;
import java.util.Optional;

/** Where planned transfers abroad and the separate consents to them are kept. */
public interface CrossBorderRepository {

  Optional<CrossBorderTransfer> find(String transferId);

  /** Every registered transfer, newest first. */
  List<CrossBorderTransfer> all();

  void store(CrossBorderTransfer transfer);

  /** Appends one consent entry; entries are never changed or removed. */
  void append(TransferConsent consent);

  /** The person's entry in force for the transfer: their latest. */
  Optional<TransferConsent> latest(String subjectId, String transferId);
}
