package org.rehabpath.security;

import jakarta.servlet.Filter;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The engine REST API ships without authentication: every call to {@code /engine-rest} (and to the
 * project's own {@code /api}) must say who makes it, with a bearer token of the organisation's
 * identity provider or, where allowed, HTTP basic credentials ({@link ApiAuthentication}).
 */
@Configuration(proxyBeanMethods = false)
public class EngineRestSecurityConfiguration {

  /** The filter order of the authentication: filters that act on the authenticated user come after it. */
  public static final int AUTHENTICATION_ORDER = 0;

  @Bean
  FilterRegistrationBean<Filter> apiAuthenticationFilter(ProcessEngine engine, ClaimedIdentity identities,
      ObjectProvider<BearerTokens> tokens, @Value("${rehab.security.basic-auth:true}") boolean basicAllowed) {
    FilterRegistrationBean<Filter> registration =
        new FilterRegistrationBean<>(new ApiAuthentication(engine, identities, tokens.getIfAvailable(), basicAllowed));
    registration.setName("api-authentication");
    registration.setOrder(AUTHENTICATION_ORDER);
    registration.addUrlPatterns("/engine-rest/*", "/api/*");
    return registration;
  }

  /** Tokens of the organisation's identity provider, when {@code rehab.security.tokens.issuer-uri} names it. */
  @Bean
  @ConditionalOnProperty(name = "rehab.security.tokens.issuer-uri")
  BearerTokens bearerTokens(BearerTokens.Settings settings, ClaimedIdentity identities) {
    return new BearerTokens(settings, identities);
  }

  /** In production the API's description is read by signed-in users only. */
  @Bean
  @ConditionalOnProperty(name = "rehab.security.api-docs-require-login", havingValue = "true")
  FilterRegistrationBean<Filter> apiDocsAuthenticationFilter(ProcessEngine engine, ClaimedIdentity identities,
      ObjectProvider<BearerTokens> tokens, @Value("${rehab.security.basic-auth:true}") boolean basicAllowed) {
    FilterRegistrationBean<Filter> registration = apiAuthenticationFilter(engine, identities, tokens, basicAllowed);
    registration.setName("api-docs-authentication");
    registration.setUrlPatterns(List.of("/v3/api-docs", "/v3/api-docs/*", "/swagger-ui.html", "/swagger-ui/*"));
    return registration;
  }

  /** The dashboard page reads the webapps' session (see {@link DashboardSignIn}). */
  @Bean
  FilterRegistrationBean<DashboardSignIn> dashboardSignIn(IdentityService identityService, MessageSource messages) {
    FilterRegistrationBean<DashboardSignIn> registration = new FilterRegistrationBean<>(new DashboardSignIn(identityService, messages));
    registration.setName("dashboard-sign-in");
    registration.addUrlPatterns("/dashboard", "/dashboard/*");
    registration.setOrder(AUTHENTICATION_ORDER);
    return registration;
  }

  /** Before anything else: a change from another site's page is refused unauthenticated. */
  @Bean
  FilterRegistrationBean<CrossOriginWriteCheck> crossOriginWriteCheck(
      @Value("${rehab.security.trusted-origins:}") List<String> trustedOrigins) {
    FilterRegistrationBean<CrossOriginWriteCheck> registration = new FilterRegistrationBean<>(
        new CrossOriginWriteCheck(trustedOrigins.stream().filter(origin -> !origin.isBlank()).toList()));
    registration.setName("cross-origin-write-check");
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  @Bean
  FilterRegistrationBean<SecurityHeaders> securityHeaders(@Value("${rehab.security.hsts:false}") boolean hsts,
      @Value("${rehab.security.sso.enabled:false}") boolean singleSignOn,
      @Value("${spring.security.oauth2.client.provider.organisation.issuer-uri:}") String identityProvider) {
    String providerOrigin = singleSignOn && !identityProvider.isBlank()
        ? org.springframework.web.util.UriComponentsBuilder.fromUriString(identityProvider).replacePath(null).build().toUriString()
        : null;
    FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders(hsts, providerOrigin));
    registration.setName("security-headers");
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }
}
