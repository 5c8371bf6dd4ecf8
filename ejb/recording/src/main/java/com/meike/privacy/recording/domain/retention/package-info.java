/**
 * Stored recordings and how long they are kept (REC-5, REC-6, REC-10): destroyed a fixed time after
 * the session ends unless a legal hold covers their order.
 */
package com.meike.privacy.recording.domain.retention;
