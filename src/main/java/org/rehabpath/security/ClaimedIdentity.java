package org.rehabpath.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Who a user or an integration is, from the claims of the organisation's identity provider (an ID
 * token at sign-in, an access token on the APIs): the user id, the roles (the programme's groups) and
 * the service sites (tenants). The claim names are the operator's ({@code rehab.security.claims.*},
 * docs/sign-in.md). Only what the programme knows is taken: a role that is not one of {@link
 * Groups#ALL} and a site that does not exist are left out, and a clinical record only for a clinician
 * who also works at its site, so that no provider's mistake opens the clinical record to anyone else.
 */
@Component
public class ClaimedIdentity {

  private final ClaimNames claims;
  private final IdentityService identityService;
  private final EngineAsSystem engine;

  public ClaimedIdentity(ClaimNames claims, IdentityService identityService, EngineAsSystem engine) {
    this.claims = claims;
    this.identityService = identityService;
    this.engine = engine;
  }

  /** Names of the claims that carry the user, the roles and the service sites. */
  @ConfigurationProperties("rehab.security.claims")
  public record ClaimNames(List<String> user, String roles, String sites) {
    public ClaimNames {
      user = user == null || user.isEmpty() ? List.of("preferred_username", "sub") : user;
      roles = roles == null || roles.isBlank() ? "roles" : roles;
      sites = sites == null || sites.isBlank() ? "service_sites" : sites;
    }
  }

  /** The user id: the first of the configured claims the token has. */
  public Optional<String> userId(Map<String, Object> tokenClaims) {
    return claims.user().stream()
        .map(tokenClaims::get)
        .filter(value -> value instanceof String text && !text.isBlank())
        .map(Object::toString)
        .findFirst();
  }

  /** Whether the token carries roles at all (else the administrator's memberships are asked). */
  public boolean namesRoles(Map<String, Object> tokenClaims) {
    return tokenClaims.get(claims.roles()) != null;
  }

  /**
   * The identity a member of staff signs in with (an ID token): an administrator too.
   *
   * @throws Refused (401) the token names no user; (403) it names no role or no service site of the
   *     programme
   */
  public Authentication of(Map<String, Object> tokenClaims) {
    return identity(tokenClaims, Groups.ALL);
  }

  /**
   * The identity an access token on the APIs gives. Never an administrator: administration is done
   * in Admin by a person, not by an integration's token. And never one of the application's own
   * accounts (the administrator, the demo's users): the read log, the audit trail and the tasks
   * assigned by name must not mistake a client for one of them.
   *
   * @throws Refused as {@link #of}, and (403) for a user of the application's own accounts
   */
  public Authentication ofAccessToken(Map<String, Object> tokenClaims) {
    userId(tokenClaims).ifPresent(userId -> {
      if (engine.query(() -> identityService.createUserQuery().userId(userId).count()) > 0) {
        throw new Refused(403, Reason.OWN_ACCOUNT, "The token names " + userId + ", one of the application's own accounts; a token"
            + " names a user or client of the identity provider.");
      }
    });
    return identity(tokenClaims, Groups.ALL.stream().filter(group -> !Groups.CAMUNDA_ADMIN.equals(group)).toList());
  }

  private Authentication identity(Map<String, Object> tokenClaims, List<String> rolesAllowed) {
    String userId = userId(tokenClaims).orElseThrow(() -> new Refused(401, Reason.NO_USER,
        "The token names no user (claims " + String.join(", ", claims.user()) + ")."));
    List<String> groups = values(tokenClaims.get(claims.roles())).stream().filter(rolesAllowed::contains).toList();
    if (groups.isEmpty()) {
      throw new Refused(403, Reason.NO_ROLE, "The token gives no role of this programme (claim '" + claims.roles() + "').");
    }
    List<String> tenants = tenants(groups, values(tokenClaims.get(claims.sites())));
    if (tenants.isEmpty()) {
      throw new Refused(403, Reason.NO_SITE, "The token names no service site of this programme (claim '" + claims.sites() + "').");
    }
    return new Authentication(userId, groups, tenants);
  }

  /**
   * The memberships the administrator keeps for a user id in the engine's tables (Admin): its groups
   * and tenants. For HTTP basic users, and for a provider's user whose token names no roles.
   */
  public Authentication memberships(String userId) {
    List<String> groups = engine.query(() -> identityService.createGroupQuery().groupMember(userId).list())
        .stream().map(org.camunda.bpm.engine.identity.Group::getId).toList();
    List<String> tenants = engine.query(() -> identityService.createTenantQuery().userMember(userId)
        .includingGroupsOfUser(true).list()).stream().map(Tenant::getId).toList();
    return new Authentication(userId, groups, tenants);
  }

  /** The sites that exist, and the clinical record of each for a clinician working at it. */
  private List<String> tenants(List<String> groups, List<String> claimed) {
    if (claimed.isEmpty()) {
      return List.of();
    }
    Set<String> existing = new LinkedHashSet<>();
    engine.query(() -> identityService.createTenantQuery().tenantIdIn(claimed.toArray(String[]::new)).list())
        .stream().map(Tenant::getId).forEach(existing::add);
    boolean clinician = groups.stream().anyMatch(Groups.CLINICIANS::contains);
    return claimed.stream()
        .distinct()
        .filter(existing::contains)
        .filter(tenant -> !ClinicalRecords.isClinicalRecord(tenant)
            || clinician && claimed.contains(tenant.substring(0, tenant.length() - ClinicalRecords.SUFFIX.length())))
        .toList();
  }

  /** A claim's values: a JSON array, or one string of values separated by spaces or commas. */
  private static List<String> values(Object claim) {
    if (claim instanceof Collection<?> list) {
      return list.stream().map(String::valueOf).map(String::trim).filter(value -> !value.isEmpty()).toList();
    }
    if (claim instanceof String text) {
      return List.of(text.trim().split("[\\s,]+")).stream().filter(value -> !value.isEmpty()).toList();
    }
    return List.of();
  }

  /** Claims that give no identity of the programme: 401 without a user, 403 without a role or site. */
  public static class Refused extends RuntimeException {
    private final int status;
    private final Reason reason;

    Refused(int status, Reason reason, String message) {
      super(message);
      this.status = status;
      this.reason = reason;
    }

    public int status() {
      return status;
    }

    /** Why, for a page in the user's language ({@code sso.refused.reason.*} in {@code i18n/messages}). */
    public Reason reason() {
      return reason;
    }
  }

  /** Why claims give no identity of the programme. */
  public enum Reason { NO_USER, NO_ROLE, NO_SITE, OWN_ACCOUNT, NOT_ACCEPTED }
}
