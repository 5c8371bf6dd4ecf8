/**
 * The audit trail's public face: the {@code AuditTrail} service other contexts call in their
 * transactions.
 */
package com.meike.privacy.audit.application;
