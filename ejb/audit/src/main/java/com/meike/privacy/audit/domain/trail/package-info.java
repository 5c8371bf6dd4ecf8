/**
 * The trail aggregate: an audited transaction adds an {@code AuditEntry} (and its {@code
 * UnchainedEntry} marker) and nothing else; the chainer, holding {@code AuditChainHead}, turns
 * committed entries into {@code AuditLink}s of the {@code HashChain} and seals the chain with
 * {@code AuditCheckpoint}s. The repository adds and reads entries, links and checkpoints, never
 * changes or removes them.
 *
 * <p>Append-only guard. No class here or in the JPA adapter updates or deletes an entry, a link or
 * a checkpoint: the entities have no setters and all their columns are {@code updatable = false}.
 * The database enforces the same on PostgreSQL: the tables belong to the schema owner, which runs
 * the migrations, and the application's user keeps only {@code SELECT, INSERT} on {@code
 * audit_entry}, {@code audit_link}, {@code audit_checkpoint} and the chainer's look-up by subject
 * {@code audit_subject} (read through the view {@code audit_entry_by_subject}), {@code SELECT,
 * INSERT, DELETE} on the queue {@code audit_unchained} and {@code SELECT, UPDATE} on {@code
 * audit_chain_head} (see the migration {@code db/migration-postgresql/audit}). Whatever still
 * changes the tables behind the application's back is found by {@code AuditTrail.verify()}; a
 * rewrite with recomputed hashes by the checkpoints, whose key is not in the database.
 */
package com.meike.privacy.audit.domain.trail;
