package com.meike.privacy.recording.application;

/** A recording opened for playback through a grant: what to stream and how long it is. */
public record PlaybackView(String recordingId, String orderNumber, String grantId, long length) {}
