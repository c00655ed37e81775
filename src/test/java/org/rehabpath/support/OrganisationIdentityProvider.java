package org.rehabpath.support;

import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real OpenID Connect provider for the tests, as an organisation's would be (NAV's
 * mock-oauth2-server): discovery, keys, an interactive sign-in page, authorization code and client
 * credentials grants, end of session. One per test JVM, on a free port. Its issuer {@value #ISSUER} is
 * the one the application trusts; {@value #OTHER_ISSUER} is another, whose tokens it must refuse.
 */
public final class OrganisationIdentityProvider {

  public static final String ISSUER = "organisation";
  public static final String OTHER_ISSUER = "elsewhere";
  /** The application's registration for staff sign-in. */
  public static final String WEBAPPS_CLIENT = "rehab-webapps";
  /** The audience of the application's access tokens. */
  public static final String AUDIENCE = "rehab-pathway";

  private static MockOAuth2Server server;

  private OrganisationIdentityProvider() {}

  public static synchronized MockOAuth2Server server() {
    if (server == null) {
      server = new MockOAuth2Server(new OAuth2Config(true));
      server.start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
    }
    return server;
  }

  public static String issuerUri(String issuer) {
    return server().issuerUrl(issuer).toString();
  }

  /** The application's settings for the oidc profile: this provider as the organisation's. */
  public static void register(DynamicPropertyRegistry registry) {
    registry.add("OIDC_ISSUER_URI", () -> issuerUri(ISSUER));
    registry.add("OIDC_CLIENT_ID", () -> WEBAPPS_CLIENT);
    registry.add("OIDC_CLIENT_SECRET", () -> "webapps-secret");
    registry.add("OIDC_AUDIENCE", () -> AUDIENCE);
  }

  /** A token signed by the provider for an issuer, with the claims, valid for the seconds given (negative: expired). */
  public static String token(String issuer, String subject, List<String> audience, Map<String, Object> claims,
      long validForSeconds) {
    return server().issueToken(issuer, subject,
        new DefaultOAuth2TokenCallback(issuer, subject, "JWT", audience, claims, validForSeconds)).serialize();
  }

  /** The next token the provider issues (to a client-credentials request, say) has these claims. */
  public static void nextToken(String subject, Map<String, Object> claims) {
    server().enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, subject, "JWT", List.of(AUDIENCE), claims, 3600));
  }
}
