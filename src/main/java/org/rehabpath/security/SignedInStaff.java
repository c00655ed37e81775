package org.rehabpath.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A member of staff signed in through the organisation's identity provider: the provider's user with
 * the identity the programme gives them ({@link ClaimedIdentity}), worked out once at sign-in and kept
 * in the session as the user's authorities ({@code group:…}, {@code site:…}).
 */
public class SignedInStaff extends DefaultOidcUser {

  private static final String GROUP = "group:";
  private static final String SITE = "site:";

  private final String userId;

  SignedInStaff(OidcUser user, Authentication identity) {
    super(authorities(identity), user.getIdToken(), user.getUserInfo());
    this.userId = identity.getUserId();
  }

  private static List<GrantedAuthority> authorities(Authentication identity) {
    return java.util.stream.Stream.concat(
            identity.getGroupIds().stream().map(group -> new SimpleGrantedAuthority(GROUP + group)),
            identity.getTenantIds().stream().map(site -> new SimpleGrantedAuthority(SITE + site)))
        .map(GrantedAuthority.class::cast)
        .toList();
  }

  /** The user id as the programme knows it (in tasks, the audit trail and the read log). */
  @Override
  public String getName() {
    return userId;
  }

  /** The engine's view of this user: id, groups and service sites. */
  public Authentication identity() {
    return new Authentication(userId, withPrefix(GROUP), withPrefix(SITE));
  }

  private List<String> withPrefix(String prefix) {
    Collection<? extends GrantedAuthority> authorities = getAuthorities();
    return authorities.stream().map(GrantedAuthority::getAuthority)
        .filter(authority -> authority.startsWith(prefix))
        .map(authority -> authority.substring(prefix.length()))
        .toList();
  }

  /** The member of staff signed in through the provider in this request, if any. */
  public static Optional<Authentication> current() {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication != null && authentication.getPrincipal() instanceof SignedInStaff staff
        ? Optional.of(staff.identity())
        : Optional.empty();
  }
}
