/**
 * Recording audio at rest (REC-3): a per-recording data key wrapped by a master key, and audio
 * sealed in fixed-size authenticated segments so that tampering, reordering, truncation, extension
 * and a wrong key are all detected, and playback needs memory for one segment only.
 */
package com.meike.privacy.recording.domain.audio;
