package org.rehabpath.security;

import jakarta.servlet.Filter;
import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine REST API ships without authentication: every call to {@code /engine-rest} (and to the
 * project's own {@code /api} and {@code /dashboard}) must carry HTTP basic credentials of an engine user, as in Camunda
 * Run's REST configuration. The filter sets the user, groups and service sites on the engine for the
 * request, so every engine call is checked against the user's authorizations and tenants.
 */
@Configuration(proxyBeanMethods = false)
public class EngineRestSecurityConfiguration {

  /** The filter order of the authentication: filters that act on the authenticated user come after it. */
  public static final int AUTHENTICATION_ORDER = 0;

  @Bean
  FilterRegistrationBean<Filter> basicAuthenticationFilter() {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new EveryRequestAuthenticationFilter());
    registration.setName("basic-authentication");
    registration.setOrder(AUTHENTICATION_ORDER);
    registration.addUrlPatterns("/engine-rest/*", "/api/*", "/dashboard");
    registration.setInitParameters(
        Map.of(
            ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
            HttpBasicAuthenticationProvider.class.getName()));
    return registration;
  }

  /**
   * Camunda's filter lets a few URLs through unauthenticated (the engine list, for one); nothing in
   * this deployment's REST API is public.
   */
  static class EveryRequestAuthenticationFilter extends ProcessEngineAuthenticationFilter {
    @Override
    protected boolean requiresEngineAuthentication(String requestUrl) {
      return true;
    }
  }
}
