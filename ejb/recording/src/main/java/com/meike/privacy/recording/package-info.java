/**
 * The recording context (REC-*): for now, access to service recordings — applications naming an
 * order and an allowed use, two approvals, and time-limited grants for that order only (REC-7,
 * REC-8). Later: recording sessions, the encrypted audio store, retention and legal holds.
 */
package com.meike.privacy.recording;
