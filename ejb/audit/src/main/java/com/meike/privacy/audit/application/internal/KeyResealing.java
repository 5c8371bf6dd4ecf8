package com.meike.privacy.audit.application.internal;

import com.meike.privacy.audit.application.AuditTrail;
import com.meike.privacy.kernel.audit.AuditEvent;
import com.meike.privacy.kernel.crypto.KeySets;
import com.meike.privacy.kernel.crypto.Resealer;
import com.meike.privacy.kernel.crypto.SealedColumn;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * One chunk of the re-seal job in a transaction of its own: the kernel's {@link Resealer} re-seals
 * the next rows of one registered column under the current key (the keys stay in the kernel), and
 * the chunk's counts are audited in the same transaction ({@code keys.resealed}).
 */
@Stateless
public class KeyResealing {

  @Resource(lookup = "java:jboss/datasources/MeikePrivacyDS")
  DataSource dataSource;

  @Inject KeySets keySets;
  @Inject AuditTrail audit;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Resealer.Chunk next(SealedColumn column, Object after, int limit) {
    Resealer resealer = keySets.resealer();
    try (Connection connection = dataSource.getConnection()) {
      Resealer.Chunk chunk = resealer.resealNext(connection, column, after, limit);
      if (chunk.resealed() > 0 || chunk.unreadable() > 0) {
        audit.record(
            new AuditEvent(
                "system",
                "keys.resealed",
                "sealed-column",
                column.name(),
                "key set "
                    + column.keySet()
                    + ", current key "
                    + resealer.currentKeyId(column)
                    + ": "
                    + chunk.resealed()
                    + " of "
                    + chunk.read()
                    + " rows re-sealed, "
                    + chunk.unreadable()
                    + " do not open"));
      }
      return chunk;
    } catch (SQLException e) {
      throw new IllegalStateException("re-sealing " + column.name() + " failed", e);
    }
  }
}
