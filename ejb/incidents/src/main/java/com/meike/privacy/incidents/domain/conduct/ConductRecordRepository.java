package com.meike.privacy.incidents.domain.conduct;

import java.util.List;

/** Where conduct records are kept (RET-3): added and read, never changed or deleted. */
public interface ConductRecordRepository {

  void add(ConductRecord record);

  /** The account's records, oldest first. */
  List<ConductRecord> of(String accountId);
}
