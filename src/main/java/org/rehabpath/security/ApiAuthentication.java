package org.rehabpath.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.rehabpath.web.ProblemResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every call to {@code /engine-rest} and the project's {@code /api} carries who makes it: an OAuth2
 * bearer token of the organisation's identity provider ({@link BearerTokens}, when configured) or,
 * where it is allowed ({@code rehab.security.basic-auth}: on in the demo, off by default in {@code
 * prod}), HTTP basic credentials of an engine user, checked as Camunda's own REST filter checks them.
 * The user, their groups and service sites are set on the engine for the request, so every engine call
 * is checked against their authorizations and tenants. Nothing of the API is public. A refusal is a
 * problem (401 with the schemes accepted, 403 for a token without role or site, 503 while the provider
 * cannot be reached).
 */
public class ApiAuthentication extends OncePerRequestFilter {

  private static final String BEARER = "Bearer ";
  private static final String BASIC = "Basic ";

  private final ProcessEngine engine;
  private final ClaimedIdentity identities;
  private final BearerTokens tokens;
  private final boolean basicAllowed;
  private final HttpBasicAuthenticationProvider basic = new HttpBasicAuthenticationProvider();

  /** @param tokens null when no identity provider is configured */
  public ApiAuthentication(ProcessEngine engine, ClaimedIdentity identities, BearerTokens tokens, boolean basicAllowed) {
    this.engine = engine;
    this.identities = identities;
    this.tokens = tokens;
    this.basicAllowed = basicAllowed;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication user;
    try {
      user = authenticate(request);
    } catch (ClaimedIdentity.Refused refused) {
      refuse(response, refused.status(), refused.getMessage());
      return;
    } catch (BearerTokens.ProviderUnreachable unreachable) {
      response.setHeader(HttpHeaders.RETRY_AFTER, "10");
      ProblemResponse.write(response, 503, "Service Unavailable", unreachable.getMessage());
      return;
    }
    if (user == null) {
      refuse(response, 401, schemes().isEmpty()
          ? "The APIs accept no credentials here: the operator has configured neither the identity provider's tokens"
              + " nor HTTP basic (docs/sign-in.md)."
          : tokens == null ? "Credentials are required."
          : "A valid " + String.join(" or ", schemes()) + " authorization is required.");
      return;
    }
    IdentityService identityService = engine.getIdentityService();
    identityService.setAuthentication(user);
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** The caller, or null when they gave no credentials this door accepts, or wrong ones. */
  private Authentication authenticate(HttpServletRequest request) {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null) {
      return null;
    }
    if (tokens != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return tokens.identify(header.substring(BEARER.length()).trim());
    }
    if (basicAllowed && header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      AuthenticationResult result = basic.extractAuthenticatedUser(request, engine);
      return result.isAuthenticated() ? identities.memberships(result.getAuthenticatedUser()) : null;
    }
    return null;
  }

  private List<String> schemes() {
    List<String> schemes = new ArrayList<>();
    if (tokens != null) {
      schemes.add("Bearer");
    }
    if (basicAllowed) {
      schemes.add("Basic");
    }
    return schemes;
  }

  private void refuse(HttpServletResponse response, int status, String detail) throws IOException {
    if (status == 401) {
      // RFC 9110: a 401 names the schemes this door accepts.
      schemes().forEach(scheme -> response.addHeader(HttpHeaders.WWW_AUTHENTICATE,
          scheme.equals("Basic") ? "Basic realm=\"" + engine.getName() + "\"" : scheme));
    }
    ProblemResponse.write(response, status, status == 401 ? "Unauthorized" : "Forbidden", detail);
  }
}
