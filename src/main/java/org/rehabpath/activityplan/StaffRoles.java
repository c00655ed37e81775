package org.rehabpath.activityplan;

import java.util.List;
import org.rehabpath.security.Groups;

/** The staff groups that may own (run) a measure of an activity plan. */
final class StaffRoles {

  static final List<String> RUN_MEASURES = List.of(Groups.SOCIAL_WORKERS, Groups.OCCUPATIONAL_THERAPISTS,
      Groups.LABOUR_MARKET_OFFICERS, Groups.PROJECT_TUTORS, Groups.PSYCHOLOGISTS, Groups.DOCTORS,
      Groups.COMMUNITY_OPERATORS);

  private StaffRoles() {}
}
