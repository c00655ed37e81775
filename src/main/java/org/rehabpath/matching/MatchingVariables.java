package org.rehabpath.matching;

import static org.rehabpath.variables.ProcessVariable.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.rehabpath.assessment.AssessmentVariables;
import org.rehabpath.routing.RoutingVariables;
import org.rehabpath.routing.TargetGroup;
import org.rehabpath.variables.CaseVariables;
import org.rehabpath.variables.ProcessContract;
import org.rehabpath.variables.ProcessVariable;

/**
 * Contract of the process {@code matching}: its key, element ids and variables, with typed readers.
 *
 * <p>In (from {@code rehabilitation-case}): business key, caseReference, participantName,
 * serviceSite, targetGroup, and for the host tutor's form functionalLimitations (written for hosts).
 * The case's preferredSectors are a variable of the site-choice task alone. Out: matchingOutcome (MATCHED, REROUTED), internshipSiteId (the site's
 * id as text), internshipSiteName, hostTutor.
 */
public final class MatchingVariables {

  public static final String PROCESS_KEY = "matching";

  // In
  public static final ProcessVariable<TargetGroup> TARGET_GROUP = RoutingVariables.TARGET_GROUP;
  public static final ProcessVariable<String> SERVICE_SITE = CaseVariables.SERVICE_SITE;
  public static final ProcessVariable<List<String>> PREFERRED_SECTORS = AssessmentVariables.PREFERRED_SECTORS;
  public static final ProcessVariable<String> FUNCTIONAL_LIMITATIONS = AssessmentVariables.FUNCTIONAL_LIMITATIONS;

  /** The proposal: a list of {label, value} for the select (valuesKey) of choose-internship-site. */
  public static final ProcessVariable<Object> SUITABLE_SITES = value("suitableSites");

  // The labour-market officer's choice
  /** The chosen site's id, as text (the select's value). */
  public static final ProcessVariable<Long> INTERNSHIP_SITE_ID = selectedId("internshipSiteId");
  /** Set by the choice check from the registry. */
  public static final ProcessVariable<String> INTERNSHIP_SITE_NAME = text("internshipSiteName");
  /**
   * The user id of the chosen site's host tutor, set by the choice check from the registry: the host
   * tutor's tasks are offered to this user alone, not to every host tutor of the service site.
   */
  public static final ProcessVariable<String> HOST_TUTOR = text("hostTutor");

  // The host tutor's decision
  public static final ProcessVariable<String> HOST_DECISION = text("hostDecision");
  public static final ProcessVariable<String> DECLINE_REASON = text("declineReason");
  public static final String HOST_ACCEPTS = "ACCEPT";
  public static final String HOST_DECLINES = "DECLINE";

  // The programme manager's decision on an overdue matching
  public static final ProcessVariable<String> MATCHING_ESCALATION_DECISION = text("matchingEscalationDecision");
  public static final String KEEP_SEARCHING = "KEEP_SEARCHING";
  public static final String REROUTE = "REROUTE";
  public static final ProcessVariable<String> ESCALATION_COMMENT = text("escalationComment");

  /** Set when a chosen site was full when its place was to be taken. */
  public static final ProcessVariable<String> SITE_FULL_NOTICE = text("siteFullNotice");

  // Out
  public static final ProcessVariable<MatchingOutcome> MATCHING_OUTCOME = choice("matchingOutcome", MatchingOutcome.class);

  /** BPMN error thrown by "Take the place" when the site has no free place left. */
  public static final String ERROR_SITE_FULL = "site-full";

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

  /** Every variable the process holds, each with its type. */
  public static ProcessContract contract() {
    return ProcessContract.of(PROCESS_KEY, MatchingVariables.class, CaseVariables.class);
  }

  /** The value of {@code internshipSiteId} (a number, or the site's id as text) as a site id, or null. */
  public static Long siteId(Object value) {
    return INTERNSHIP_SITE_ID.parse(value).orElse(null);
  }

  /** The proposed sites' ids (the values of {@link #SUITABLE_SITES}). */
  public static List<String> suitableSiteIds(VariableScope scope) {
    return siteIds(scope.getVariable(SUITABLE_SITES.name()));
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
