/**
 * The trail aggregate: {@code AuditChainHead} appends {@code AuditEntry} values linked by {@code
 * HashChain}; the repository can add and read entries, never change or remove them.
 *
 * <p>Append-only guard. No class here or in the JPA adapter updates or deletes an audit entry: the
 * entity has no setters and all its columns are {@code updatable = false}. The database enforces
 * the same in production (PostgreSQL): the tables belong to the role that runs the migrations, and
 * the application's runtime database user is granted only {@code SELECT, INSERT} on {@code
 * audit_entry} and {@code SELECT, UPDATE} on {@code audit_chain_head} (no {@code UPDATE}, {@code
 * DELETE} or {@code TRUNCATE} on entries). Whatever still changes the table behind the
 * application's back is found by {@code AuditTrail.verify()}.
 */
package com.meike.privacy.audit.domain.trail;
