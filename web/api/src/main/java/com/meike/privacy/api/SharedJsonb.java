package com.meike.privacy.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every response. Without it RESTEasy builds a new one per response, which
 * the consent-check benchmark measured costing more than the check itself (benchmark/results.md).
 * Default configuration, so the JSON is exactly what it was; {@link Jsonb} is thread-safe.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Override
  public Jsonb getContext(Class<?> type) {
    return JSONB;
  }
}
