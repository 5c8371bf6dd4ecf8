package com.meike.privacy.kernel.crypto;

import java.util.List;
import java.util.Objects;

/**
 * One sealed column a context registers with the kernel's re-sealing ({@link Resealer}): where it
 * is ({@code table}, its single-column primary key {@code idColumn}, the {@code column}), which key
 * set sealed it, and how its values are bound ({@link SealBinding}): the binding's table and column
 * names and the columns of the same row whose values, joined with {@code /}, are the binding's row
 * id. {@code condition} (SQL, may be null) limits it to rows whose value is sealed at all; {@code
 * versionColumn} (may be null) is the row's optimistic-lock version, raised with each re-seal so
 * that a stale copy held by a running transaction fails rather than writes the old value back.
 */
public record SealedColumn(
    String keySet,
    String defaultId,
    String table,
    String idColumn,
    String column,
    boolean binary,
    String bindingTable,
    String bindingColumn,
    List<String> bindingRowColumns,
    String condition,
    String versionColumn) {

  public SealedColumn {
    Objects.requireNonNull(keySet, "keySet");
    for (String name : List.of(table, idColumn, column, bindingTable, bindingColumn)) {
      if (!name.matches("[a-z_][a-z0-9_.]*")) {
        throw new IllegalArgumentException("not a column or table name: " + name);
      }
    }
    bindingRowColumns = List.copyOf(bindingRowColumns);
    for (String name : bindingRowColumns) {
      if (!name.matches("[a-z_][a-z0-9_]*")) {
        throw new IllegalArgumentException("not a column name: " + name);
      }
    }
  }

  /** A text column bound as {@code SealBinding.of(table, column, <idColumn>)}. */
  public static SealedColumn text(
      String keySet, String defaultId, String table, String idColumn, String column) {
    return new SealedColumn(
        keySet,
        defaultId,
        table,
        idColumn,
        column,
        false,
        table,
        column,
        List.of(idColumn),
        null,
        null);
  }

  /** A binary column ({@link FieldCipher#sealBytes}) bound to its table, column and id. */
  public static SealedColumn bytes(
      String keySet, String defaultId, String table, String idColumn, String column) {
    return new SealedColumn(
        keySet,
        defaultId,
        table,
        idColumn,
        column,
        true,
        table,
        column,
        List.of(idColumn),
        null,
        null);
  }

  /**
   * The same column, its values bound to {@code bindingTable}/{@code bindingColumn} and the row's
   * {@code rowColumns}.
   */
  public SealedColumn boundTo(String bindingTable, String bindingColumn, String... rowColumns) {
    return new SealedColumn(
        keySet,
        defaultId,
        table,
        idColumn,
        column,
        binary,
        bindingTable,
        bindingColumn,
        List.of(rowColumns),
        condition,
        versionColumn);
  }

  /** The same column, only where {@code sqlCondition} holds (e.g. {@code text_sealed = TRUE}). */
  public SealedColumn where(String sqlCondition) {
    return new SealedColumn(
        keySet,
        defaultId,
        table,
        idColumn,
        column,
        binary,
        bindingTable,
        bindingColumn,
        bindingRowColumns,
        sqlCondition,
        versionColumn);
  }

  /** The same column of a row with an optimistic-lock version column. */
  public SealedColumn versioned(String version) {
    return new SealedColumn(
        keySet,
        defaultId,
        table,
        idColumn,
        column,
        binary,
        bindingTable,
        bindingColumn,
        bindingRowColumns,
        condition,
        version);
  }

  /** {@code table.column}, as audit entries and logs name it. */
  public String name() {
    return table + "." + column;
  }
}
