package org.rehabpath.matching;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.rehabpath.routing.TargetGroup;

/**
 * Contract of the process {@code matching}: its key, element ids and variables, with typed readers.
 *
 * <p>In (from {@code rehabilitation-case}): business key, caseReference, participantName,
 * serviceSite, targetGroup. Out: matchingOutcome (MATCHED, REROUTED), internshipSiteId (the site's
 * id as text), internshipSiteName, hostTutor.
 */
public final class MatchingVariables {

  public static final String PROCESS_KEY = "matching";

  // In
  public static final String TARGET_GROUP = "targetGroup";
  public static final String SERVICE_SITE = "serviceSite";

  /** The proposal: a list of {label, value} for the select (valuesKey) of choose-internship-site. */
  public static final String SUITABLE_SITES = "suitableSites";

  // The labour-market officer's choice
  /** The chosen site's id, as text (the select's value). */
  public static final String INTERNSHIP_SITE_ID = "internshipSiteId";
  /** Set by the choice check from the registry. */
  public static final String INTERNSHIP_SITE_NAME = "internshipSiteName";
  /**
   * The user id of the chosen site's host tutor, set by the choice check from the registry: the host
   * tutor's tasks are offered to this user alone, not to every host tutor of the service site.
   */
  public static final String HOST_TUTOR = "hostTutor";

  // The host tutor's decision
  public static final String HOST_DECISION = "hostDecision";
  public static final String DECLINE_REASON = "declineReason";
  public static final String HOST_ACCEPTS = "ACCEPT";
  public static final String HOST_DECLINES = "DECLINE";

  // The programme manager's decision on an overdue matching
  public static final String MATCHING_ESCALATION_DECISION = "matchingEscalationDecision";
  public static final String KEEP_SEARCHING = "KEEP_SEARCHING";
  public static final String REROUTE = "REROUTE";
  public static final String ESCALATION_COMMENT = "escalationComment";

  /** Set when a chosen site was full when its place was to be taken. */
  public static final String SITE_FULL_NOTICE = "siteFullNotice";

  // Out
  public static final String MATCHING_OUTCOME = "matchingOutcome";

  /** BPMN error thrown by "Take the place" when the site has no free place left. */
  public static final String ERROR_SITE_FULL = "site-full";

  /** What the matching hands back to the case. */
  public static final List<String> RESULTS = List.of(MATCHING_OUTCOME, INTERNSHIP_SITE_ID, INTERNSHIP_SITE_NAME, HOST_TUTOR);

  /** Element ids of the model. */
  public static final class Elements {
    public static final String FIND_INTERNSHIP_SITE = "find-internship-site";
    public static final String PROPOSE_SUITABLE_SITES = "propose-suitable-sites";
    public static final String CHOOSE_INTERNSHIP_SITE = "choose-internship-site";
    public static final String ACCEPT_OR_DECLINE_PLACEMENT = "accept-or-decline-placement";
    public static final String TAKE_PLACE = "take-place";
    public static final String SITE_FULL = "site-full";
    public static final String SITE_FOUND = "site-found";
    public static final String MATCHING_DONE = "internship-site-matched";
    public static final String MATCHING_OVERDUE_TIMER = "matching-overdue-timer";
    public static final String MATCHING_OVERDUE = "matching-overdue";
    public static final String SEARCH_CONTINUES = "search-continues";
    public static final String REROUTED = "rerouted-to-other-interventions";

    private Elements() {}
  }

  private MatchingVariables() {}

  public static TargetGroup targetGroup(VariableScope scope) {
    Object value = scope.getVariable(TARGET_GROUP);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      return TargetGroup.valueOf(value.toString().trim());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  public static String serviceSite(VariableScope scope) {
    Object value = scope.getVariable(SERVICE_SITE);
    return value == null ? null : value.toString();
  }

  /** The chosen site's id, or null when none is chosen or it is not a number. */
  public static Long internshipSiteId(VariableScope scope) {
    return siteId(scope.getVariable(INTERNSHIP_SITE_ID));
  }

  /** The value of {@code internshipSiteId} (a number, or the site's id as text) as a site id, or null. */
  public static Long siteId(Object value) {
    if (value instanceof Number number) {
      return number.longValue();
    }
    try {
      return value == null || value.toString().isBlank() ? null : Long.valueOf(value.toString().trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  public static MatchingOutcome matchingOutcome(VariableScope scope) {
    Object value = scope.getVariable(MATCHING_OUTCOME);
    return value == null ? null : MatchingOutcome.valueOf(value.toString());
  }

  /** The proposed sites' ids (the values of {@link #SUITABLE_SITES}). */
  public static List<String> suitableSiteIds(VariableScope scope) {
    return siteIds(scope.getVariable(SUITABLE_SITES));
  }

  /** The ids (values) in a {@link #SUITABLE_SITES} list. */
  @SuppressWarnings("unchecked")
  public static List<String> siteIds(Object value) {
    if (!(value instanceof List<?> list)) {
      return List.of();
    }
    return list.stream()
        .filter(Map.class::isInstance)
        .map(entry -> String.valueOf(((Map<String, Object>) entry).get("value")))
        .toList();
  }
}
