package org.rehabpath.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Single sign-on for staff ({@code rehab.security.sso.enabled}, the {@code oidc} profile): Tasklist,
 * Cockpit, Admin and the dashboard are reached through the organisation's OpenID Connect provider
 * (Spring Security's OAuth2 login), and the signed-in user is handed to Camunda's webapps through
 * their {@link ContainerBasedAuthenticationFilter}. Nobody signs in with a password of the engine's
 * then: the webapps' own sign-in is refused. Signing out ends the session here and at the provider.
 * The APIs ({@code /api}, {@code /engine-rest}) keep their own authentication ({@link
 * ApiAuthentication}); the participant's page and the management port need none of this.
 */
@Configuration(proxyBeanMethods = false)
public class SingleSignOnConfiguration {

  /** Where signing out ends, and a refused sign-in is explained. */
  static final String SIGNED_OUT = "/sso/signed-out";
  static final String REFUSED = "/sso/refused";
  /** Signing out: the webapps' pages send the browser here once Camunda has signed the user out. */
  static final String LOGOUT = "/sso/logout";
  /** The registration of the organisation's provider (application-oidc.yaml). */
  static final String REGISTRATION = "organisation";
  /** Whether single sign-on is on, for the webapps' script. */
  static final String STATUS = "/sso/status";

  /** Not for single sign-on: the APIs, the participant's page, the API description, health. */
  private static final RequestMatcher OTHER_DOORS = new OrRequestMatcher(List.of(
      PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
      PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**"),
      PathPatternRequestMatcher.withDefaults().matcher("/own-words/**"),
      PathPatternRequestMatcher.withDefaults().matcher("/v3/api-docs/**"),
      PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**"),
      PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui.html"),
      PathPatternRequestMatcher.withDefaults().matcher("/actuator/**")));

  /** The webapps' own sign-out, a call of their scripts. */
  static final RequestMatcher WEBAPPS_LOGOUT = PathPatternRequestMatcher.withDefaults()
      .matcher(HttpMethod.POST, "/camunda/api/admin/auth/user/{engine}/logout");

  private static final RequestMatcher WEBAPP_API =
      PathPatternRequestMatcher.withDefaults().matcher("/camunda/api/**");

  @Bean
  @ConditionalOnProperty(name = "rehab.security.sso.enabled", havingValue = "true")
  SecurityFilterChain singleSignOn(HttpSecurity http, ClientRegistrationRepository registrations,
      ClaimedIdentity identities) throws Exception {
    SignOutAtTheProvider signedOutAtTheProvider = new SignOutAtTheProvider(registrations);
    // After signing in, back to the page the user opened; never to a call of the webapps' API.
    HttpSessionRequestCache pagesOnly = new HttpSessionRequestCache();
    pagesOnly.setRequestMatcher(request -> !WEBAPP_API.matches(request));
    http.securityMatcher(request -> !OTHER_DOORS.matches(request))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(SIGNED_OUT, REFUSED, STATUS, "/error").permitAll()
            // No password sign-in beside the provider's (Camunda's login form posts here).
            .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST,
                "/camunda/api/admin/auth/user/{engine}/login/**")).denyAll()
            .anyRequest().authenticated())
        .oauth2Login(login -> login
            // Straight to the provider: no page of Spring Security's own in between.
            .loginPage("/oauth2/authorization/" + REGISTRATION)
            .userInfoEndpoint(userInfo -> userInfo.oidcUserService(staff(identities)))
            .failureUrl(REFUSED))
        .logout(logout -> logout
            .logoutRequestMatcher(new OrRequestMatcher(
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, LOGOUT),
                WEBAPPS_LOGOUT,
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, DashboardSignIn.LOGOUT_PATH)))
            .logoutSuccessHandler(signedOutAtTheProvider))
        .requestCache(cache -> cache.requestCache(pagesOnly))
        // The webapps' scripts get a 401 (and show that the session ended), pages go to the provider.
        .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
            new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), WEBAPP_API))
        // Camunda's webapps protect their API against cross-site requests themselves, and the
        // project's filters write the security headers and refuse changes from other sites.
        .csrf(AbstractHttpConfigurer::disable)
        .headers(AbstractHttpConfigurer::disable);
    return http.build();
  }

  /** Without single sign-on Spring Security stands aside: the webapps and APIs sign in as before. */
  @Bean
  @ConditionalOnProperty(name = "rehab.security.sso.enabled", havingValue = "false", matchIfMissing = true)
  SecurityFilterChain noSingleSignOn(HttpSecurity http) throws Exception {
    http.securityMatcher(request -> false)
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(AbstractHttpConfigurer::disable)
        .headers(AbstractHttpConfigurer::disable);
    return http.build();
  }

  /**
   * Camunda's webapps take the signed-in user from Spring Security's session; registered right after
   * Spring Security's filters, before the webapps' own authentication.
   */
  @Bean
  @ConditionalOnProperty(name = "rehab.security.sso.enabled", havingValue = "true")
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappsSignedInThroughTheProvider() {
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new WebappsFilter(new WebappsUser()));
    registration.setName("webapps-single-sign-on");
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
    registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    return registration;
  }

  /**
   * At sign-in, the provider's user becomes a member of staff: roles and sites from the token's claims,
   * or, where the token has no roles claim, from the memberships the administrator keeps in Admin
   * for that user id. A user with neither is refused at sign-in, with the reason.
   */
  static OAuth2UserService<OidcUserRequest, OidcUser> staff(ClaimedIdentity identities) {
    OidcUserService provider = new OidcUserService();
    return request -> {
      OidcUser user = provider.loadUser(request);
      try {
        Authentication identity = identities.namesRoles(user.getClaims())
            ? identities.of(user.getClaims())
            : memberships(identities, user);
        return new SignedInStaff(user, identity);
      } catch (ClaimedIdentity.Refused refused) {
        throw new OAuth2AuthenticationException(new OAuth2Error(refused.reason().name(), refused.getMessage(), null),
            refused.getMessage());
      }
    };
  }

  private static Authentication memberships(ClaimedIdentity identities, OidcUser user) {
    String userId = identities.userId(user.getClaims())
        .orElseThrow(() -> new ClaimedIdentity.Refused(401, ClaimedIdentity.Reason.NO_USER, "The identity provider named no user."));
    Authentication kept = identities.memberships(userId);
    if (kept.getGroupIds().isEmpty()) {
      throw new ClaimedIdentity.Refused(403, ClaimedIdentity.Reason.NO_ROLE,
          "Your account (" + userId + ") has no role in this programme.");
    }
    return kept;
  }

  /**
   * Signing out ends the session at the identity provider too (OpenID Connect RP-initiated logout),
   * which then sends the browser to {@link #SIGNED_OUT}. The webapps sign out with a call of their
   * scripts, which cannot follow the browser to the provider: the session here ends at once, the
   * provider's address waits in a new session, and the webapps' page sends the browser to {@link
   * #LOGOUT}, which goes on there.
   */
  static class SignOutAtTheProvider extends OidcClientInitiatedLogoutSuccessHandler {
    private static final String PENDING = SignOutAtTheProvider.class.getName() + ".pending";

    SignOutAtTheProvider(ClientRegistrationRepository registrations) {
      super(registrations);
      setPostLogoutRedirectUri("{baseUrl}" + SIGNED_OUT);
      setDefaultTargetUrl(SIGNED_OUT);
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
        org.springframework.security.core.Authentication authentication) throws java.io.IOException {
      String provider = authentication == null ? null : determineTargetUrl(request, response, authentication);
      if (WEBAPPS_LOGOUT.matches(request)) {
        if (provider != null) {
          request.getSession(true).setAttribute(PENDING, provider);
        }
        response.setStatus(jakarta.servlet.http.HttpServletResponse.SC_NO_CONTENT);
        return;
      }
      if (provider == null) {
        jakarta.servlet.http.HttpSession session = request.getSession(false);
        provider = session == null ? null : (String) session.getAttribute(PENDING);
        if (session != null) {
          session.invalidate();
        }
      }
      getRedirectStrategy().sendRedirect(request, response, provider != null ? provider : SIGNED_OUT);
    }
  }

  /** Camunda's filter, with the project's provider instead of one it would make by class name. */
  static class WebappsFilter extends ContainerBasedAuthenticationFilter {
    WebappsFilter(AuthenticationProvider provider) {
      this.authenticationProvider = provider;
    }

    @Override
    public void init(FilterConfig filterConfig) {
      // The provider is given: nothing to read from the filter's parameters.
    }

    /**
     * The webapps' session user from the identity provider's: Camunda's own would look the user up in
     * the engine's tables, where a user of the provider need not be. Which webapps they may open is
     * the engine's authorizations for their groups, as for any user.
     */
    @Override
    protected UserAuthentication createAuthentication(ProcessEngine engine, String userId, List<String> groups,
        List<String> tenants) {
      UserAuthentication authentication = new UserAuthentication(userId, engine.getName());
      authentication.setGroupIds(groups);
      authentication.setTenantIds(tenants);
      Set<String> webapps = new HashSet<>(Set.of(AuthenticationUtil.APP_WELCOME));
      for (String webapp : AuthenticationUtil.APPS) {
        if (engine.getAuthorizationService().isUserAuthorized(userId, groups, Permissions.ACCESS, Resources.APPLICATION,
            webapp)) {
          webapps.add(webapp);
        }
      }
      authentication.setAuthorizedApps(webapps);
      return authentication;
    }
  }

  /** The webapps' user: the member of staff of Spring Security's session. */
  static class WebappsUser implements AuthenticationProvider {
    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
      return SignedInStaff.current().map(staff -> {
        AuthenticationResult result = AuthenticationResult.successful(staff.getUserId());
        result.setGroups(staff.getGroupIds());
        result.setTenants(staff.getTenantIds());
        return result;
      }).orElseGet(AuthenticationResult::unsuccessful);
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(jakarta.servlet.http.HttpServletResponse response,
        ProcessEngine engine) {
      // Spring Security sends the browser to the provider; nothing to add here.
    }
  }
}
