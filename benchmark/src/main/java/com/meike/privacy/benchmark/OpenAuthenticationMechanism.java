package com.meike.privacy.benchmark;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The benchmark WAR's own authentication mechanism: none, every request goes ahead anonymously.
 * Jakarta Security puts the application's authentication in front of every WAR of the EAR, and when
 * that mechanism is a bean of the API's WAR this WAR cannot see it (the request would fail); when
 * it is visible, this alternative wins here. The WAR protects nothing, exists only in the benchmark
 * EAR, and the benchmark server listens on localhost.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class OpenAuthenticationMechanism implements HttpAuthenticationMechanism {

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    return context.doNothing();
  }
}
