package com.meike.privacy.recording.application;

/**
 * The answer to one uploaded chunk: {@code stored} false when it had been stored before (a retry).
 */
public record ChunkReceipt(int index, boolean stored, SessionView session) {}
