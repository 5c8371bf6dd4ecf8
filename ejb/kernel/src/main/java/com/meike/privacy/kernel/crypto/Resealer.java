package com.meike.privacy.kernel.crypto;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Re-seals the values of one registered column ({@link SealedColumn}) under its key set's current
 * key, one chunk per call, in the caller's transaction: after a key rotation (new current key id,
 * the old key retired) every value still naming a retired key — or in the first, unbound format —
 * is opened with its binding and sealed again with the same binding under the current key. The keys
 * never leave the kernel: callers see counts only.
 *
 * <p>A chunk locks the rows it reads ({@code FOR UPDATE}) and writes each only if the value is
 * still the one it read (compare-and-set), so two nodes, or a node and the application, never lose
 * each other's writes; a chunk is resumable: it takes the next rows after {@code after} by id, and
 * a run that crashed simply starts again (values already current are not touched). A value that
 * does not open (changed, moved, or under a key this server lacks) is counted and left as it is.
 */
public final class Resealer {

  private static final Logger LOG = Logger.getLogger(Resealer.class.getName());

  private final Function<SealedColumn, FieldCipher> ciphers;

  /**
   * @param ciphers the cipher of a column's key set (current key and retired ones)
   */
  Resealer(Function<SealedColumn, FieldCipher> ciphers) {
    this.ciphers = ciphers;
  }

  /** What one chunk did; {@code last} is the id to continue after, null when the column is done. */
  public record Chunk(int read, int resealed, int unreadable, Object last) {
    public boolean done() {
      return last == null;
    }
  }

  /** The current key id of {@code column}'s key set. */
  public String currentKeyId(SealedColumn column) {
    return ciphers.apply(column).keyId();
  }

  /**
   * Re-seals up to {@code limit} rows of {@code column} with an id after {@code after} (null: from
   * the first), in the caller's transaction on {@code connection}.
   */
  public Chunk resealNext(Connection connection, SealedColumn column, Object after, int limit)
      throws SQLException {
    FieldCipher cipher = ciphers.apply(column);
    List<String> selected = new ArrayList<>(List.of(column.idColumn(), column.column()));
    for (String c : column.bindingRowColumns()) {
      if (!selected.contains(c)) {
        selected.add(c);
      }
    }
    StringBuilder sql =
        new StringBuilder("SELECT ")
            .append(String.join(", ", selected))
            .append(" FROM ")
            .append(column.table())
            .append(" WHERE ")
            .append(column.column())
            .append(" IS NOT NULL");
    if (column.condition() != null) {
      sql.append(" AND (").append(column.condition()).append(")");
    }
    // values already under the current key are neither read nor locked: a run with nothing to do is
    // cheap
    String prefix = cipher.keyId() + "$";
    sql.append(" AND SUBSTRING(")
        .append(column.column())
        .append(" FROM 1 FOR ")
        .append(prefix.length())
        .append(") <> ?");
    if (after != null) {
      sql.append(" AND ").append(column.idColumn()).append(" > ?");
    }
    sql.append(" ORDER BY ")
        .append(column.idColumn())
        .append(" FETCH FIRST ")
        .append(limit)
        .append(" ROWS ONLY FOR UPDATE");
    int read = 0;
    int resealed = 0;
    int unreadable = 0;
    Object last = null;
    List<Object[]> updates = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(sql.toString())) {
      if (column.binary()) {
        select.setBytes(1, prefix.getBytes(StandardCharsets.US_ASCII));
      } else {
        select.setString(1, prefix);
      }
      if (after != null) {
        select.setObject(2, after);
      }
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          read++;
          Object id = rows.getObject(1);
          last = id;
          List<String> rowParts = new ArrayList<>();
          for (String c : column.bindingRowColumns()) {
            rowParts.add(String.valueOf(rows.getObject(selected.indexOf(c) + 1)));
          }
          SealBinding where =
              SealBinding.of(
                  column.bindingTable(), column.bindingColumn(), String.join("/", rowParts));
          try {
            if (column.binary()) {
              byte[] value = rows.getBytes(2);
              if (startsWith(value, cipher.keyId() + "$")) {
                continue;
              }
              updates.add(
                  new Object[] {cipher.sealBytes(cipher.openBytes(value, where), where), id, null});
            } else {
              String value = rows.getString(2);
              if (cipher.isCurrent(value)) {
                continue;
              }
              updates.add(new Object[] {cipher.seal(cipher.open(value, where), where), id, value});
            }
          } catch (FieldCipher.TamperedException e) {
            unreadable++;
            LOG.warning(
                () ->
                    column.name()
                        + " row "
                        + id
                        + " does not open and is left as it is: "
                        + e.getMessage());
          }
        }
      }
    }
    for (Object[] update : updates) {
      resealed += write(connection, column, update[0], update[1], update[2]);
    }
    return new Chunk(read, resealed, unreadable, read < limit ? null : last);
  }

  private static int write(
      Connection connection, SealedColumn column, Object value, Object id, Object old)
      throws SQLException {
    StringBuilder sql =
        new StringBuilder("UPDATE ")
            .append(column.table())
            .append(" SET ")
            .append(column.column())
            .append(" = ?");
    if (column.versionColumn() != null) {
      sql.append(", ")
          .append(column.versionColumn())
          .append(" = ")
          .append(column.versionColumn())
          .append(" + 1");
    }
    sql.append(" WHERE ").append(column.idColumn()).append(" = ?");
    if (old != null) {
      sql.append(" AND ").append(column.column()).append(" = ?"); // compare-and-set on text values
    }
    try (PreparedStatement update = connection.prepareStatement(sql.toString())) {
      update.setObject(1, value);
      update.setObject(2, id);
      if (old != null) {
        update.setObject(3, old);
      }
      return update.executeUpdate();
    }
  }

  private static boolean startsWith(byte[] value, String prefix) {
    byte[] p = prefix.getBytes(StandardCharsets.US_ASCII);
    if (value == null || value.length < p.length) {
      return false;
    }
    for (int i = 0; i < p.length; i++) {
      if (value[i] != p[i]) {
        return false;
      }
    }
    return true;
  }
}
