package com.meike.privacy.enginerest;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * Camunda's authentication filter without its one exception: {@code GET /engine} (the list of
 * engine names) answers only with valid credentials too — nothing here is for strangers.
 */
public class AuthenticatedEngineFilter extends ProcessEngineAuthenticationFilter {

  @Override
  protected boolean requiresEngineAuthentication(String requestUrl) {
    return true;
  }
}
