package com.meike.privacy.rights.application;

/** A request to shut a service down: the service's code, the date (ISO yyyy-MM-dd, China), why. */
public record ShutdownRequest(String service, String shutdownDate, String reason) {}
