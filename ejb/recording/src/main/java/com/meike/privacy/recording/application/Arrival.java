package com.meike.privacy.recording.application;

/** The answer to an arrival: the order's session, and whether this arrival opened it. */
public record Arrival(SessionView session, boolean opened) {}
