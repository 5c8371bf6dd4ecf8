/**
 * Implementations of the incidents context's services: one container-managed transaction per call,
 * audited.
 */
package com.meike.privacy.incidents.application.internal;
