package com.meike.privacy.kernel.crypto;

/**
 * Seals (or opens) the sealed columns of one row: what an aggregate is handed, so it names the
 * column of each value it keeps and the key, table and row id stay with the application service
 * ({@link FieldCipher#sealing}, {@link FieldCipher#opening}).
 */
@FunctionalInterface
public interface ColumnSeal {

  /** The sealed (or opened) {@code value} of {@code column}. */
  String apply(String column, String value);
}
