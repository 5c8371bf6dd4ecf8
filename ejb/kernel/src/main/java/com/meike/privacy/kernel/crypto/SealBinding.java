package com.meike.privacy.kernel.crypto;

import java.nio.charset.StandardCharsets;

/**
 * Where a sealed value is kept — table, column and row id — bound into its authentication tag as
 * associated data, so a ciphertext copied to another row, column or table does not open. The row id
 * is empty only where the value is sealed before its row has an id (then it is bound to table and
 * column).
 */
public record SealBinding(String table, String column, String rowId) {

  public SealBinding {
    if (table == null || table.isBlank() || column == null || column.isBlank()) {
      throw new IllegalArgumentException("a sealed value names its table and column");
    }
    rowId = rowId == null ? "" : rowId;
  }

  /** A value of row {@code rowId}. */
  public static SealBinding of(String table, String column, String rowId) {
    if (rowId == null || rowId.isBlank()) {
      throw new IllegalArgumentException("a row-bound value names its row id");
    }
    return new SealBinding(table, column, rowId);
  }

  /** A value bound to its table and column only (sealed before its row has an id). */
  public static SealBinding column(String table, String column) {
    return new SealBinding(table, column, "");
  }

  byte[] associatedData(String keyId) {
    return String.join("\u0000", "meike-seal/2", keyId, table, column, rowId)
        .getBytes(StandardCharsets.UTF_8);
  }
}
