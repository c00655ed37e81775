package org.rehabpath.security;

import java.util.List;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * OAuth2 bearer tokens of the organisation's identity provider on {@code /api} and {@code /engine-rest},
 * as a case-management system obtains them with client credentials: a JWT signed by the provider
 * (its keys from the issuer's discovery document), of that issuer, for this application's audience,
 * within its lifetime; who it is, its role and its service sites from its claims ({@link
 * ClaimedIdentity}). On only when {@code rehab.security.tokens.issuer-uri} is set.
 */
public class BearerTokens {

  /** The issuer whose tokens are accepted, and the audience they must name. */
  @ConfigurationProperties("rehab.security.tokens")
  public record Settings(String issuerUri, String audience) {
    public Settings {
      audience = audience == null || audience.isBlank() ? "rehab-pathway" : audience;
    }

    public boolean enabled() {
      return issuerUri != null && !issuerUri.isBlank();
    }
  }

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BearerTokens.class);

  private final JwtDecoder decoder;
  private final ClaimedIdentity identities;

  public BearerTokens(Settings settings, ClaimedIdentity identities) {
    this.identities = identities;
    OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(
        JwtValidators.createDefaultWithIssuer(settings.issuerUri()),
        new JwtClaimValidator<List<String>>("aud", audiences -> audiences != null && audiences.contains(settings.audience())));
    // The provider's keys are fetched at the first token, not at start-up: a node starts (and serves
    // the webapps' own users) while the provider is down, and a token waits for it instead.
    this.decoder = new SupplierJwtDecoder(() -> {
      NimbusJwtDecoder nimbus = (NimbusJwtDecoder) JwtDecoders.fromIssuerLocation(settings.issuerUri());
      nimbus.setJwtValidator(validator);
      return nimbus;
    });
  }

  /**
   * The identity a token gives.
   *
   * @throws ClaimedIdentity.Refused the token is not accepted (401) or gives no role or site (403)
   * @throws ProviderUnreachable the provider's keys could not be fetched
   */
  public Authentication identify(String token) {
    Jwt jwt;
    try {
      jwt = decoder.decode(token);
    } catch (JwtValidationException invalid) {
      LOG.info("Refused a bearer token: {}", invalid.getMessage());
      throw new ClaimedIdentity.Refused(401, ClaimedIdentity.Reason.NOT_ACCEPTED, "The token is not accepted: " + reasons(invalid.getErrors()) + ".");
    } catch (BadJwtException malformed) {
      LOG.info("Refused a bearer token: {}", malformed.getMessage());
      throw new ClaimedIdentity.Refused(401, ClaimedIdentity.Reason.NOT_ACCEPTED,
          "The token is not accepted: it is malformed or not signed by the identity provider.");
    } catch (JwtException | JwtDecoderInitializationException unreachable) {
      throw new ProviderUnreachable(unreachable);
    }
    return identities.ofAccessToken(jwt.getClaims());
  }

  private static String reasons(java.util.Collection<OAuth2Error> errors) {
    return String.join("; ", errors.stream().map(BearerTokens::reason).distinct().toList());
  }

  private static String reason(OAuth2Error error) {
    String description = error.getDescription() == null ? "" : error.getDescription();
    if (description.startsWith("Jwt expired")) {
      return "it has expired";
    }
    if (description.startsWith("Jwt used before")) {
      return "it is not valid yet";
    }
    if (description.contains("iss")) {
      return "it was issued by another identity provider";
    }
    if (description.contains("aud")) {
      return "it is meant for another application (audience)";
    }
    return description;
  }

  /** The identity provider's keys could not be fetched: the caller may try again (503). */
  public static class ProviderUnreachable extends RuntimeException {
    ProviderUnreachable(Throwable cause) {
      super("The identity provider cannot be reached to check the token; try again shortly.", cause);
    }
  }
}
