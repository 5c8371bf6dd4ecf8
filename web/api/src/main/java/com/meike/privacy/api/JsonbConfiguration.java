package com.meike.privacy.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** JSON binding for the API: unknown fields in a request are an error, not silently dropped. */
@Provider
public class JsonbConfiguration implements ContextResolver<Jsonb> {

  /** Yasson's switch (YassonConfig.FAIL_ON_UNKNOWN_PROPERTIES), named here to avoid a compile dependency. */
  private static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

  private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
      .setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true)
      .withFormatting(false));

  @Override
  public Jsonb getContext(Class<?> type) {
    return jsonb;
  }
}
