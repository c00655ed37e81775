package org.rehabpath.activityplan;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.rehabpath.security.EngineAsSystem;
import org.rehabpath.security.Groups;
import org.springframework.stereotype.Component;

/** Who of a service site's users may supervise a case or join its follow-ups. */
@Component
public class SiteStaff {

  /** The professions that supervise a case (handledare): they meet the participant every fortnight. */
  public static final List<String> SUPERVISORS = List.of(Groups.SOCIAL_WORKERS, Groups.PROJECT_TUTORS,
      Groups.OCCUPATIONAL_THERAPISTS, Groups.LABOUR_MARKET_OFFICERS);

  private final IdentityService identityService;
  private final EngineAsSystem engine;

  SiteStaff(IdentityService identityService, EngineAsSystem engine) {
    this.identityService = identityService;
    this.engine = engine;
  }

  /** Whether the user works at the site in one of the groups. */
  public boolean isMember(String userId, String serviceSite, List<String> groups) {
    if (userId == null || userId.isBlank() || serviceSite == null) {
      return false;
    }
    return engine.query(() -> groups.stream().anyMatch(group -> identityService.createUserQuery()
        .userId(userId).memberOfGroup(group).memberOfTenant(serviceSite).count() > 0));
  }
}
