package org.rehabpath.pathway;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables every process of a case shares, by name and type. Phase-specific variables are named
 * in each phase's own contract class (for example {@code RoutingVariables}).
 */
public final class CaseVariables {

  /** The case reference; also the business key of the case and of each phase's instance. */
  public static final String CASE_REFERENCE = "caseReference";
  /** The service site (tenant id) that holds the case. */
  public static final String SERVICE_SITE = "serviceSite";
  public static final String FIRST_NAME = "firstName";
  public static final String LAST_NAME = "lastName";
  /** "First Last": task names say which participant they are about. */
  public static final String PARTICIPANT_NAME = "participantName";
  public static final String BIRTH_YEAR = "birthYear";
  public static final String CONSENT_GIVEN = "consentGiven";
  public static final String GENDER = "gender";
  /** The referring service and its own reference for the person. */
  public static final String REFERRER_SERVICE = "referrerService";
  public static final String REFERRER_REFERENCE = "referrerReference";

  private CaseVariables() {}

  public static String caseReference(VariableScope scope) {
    return (String) scope.getVariable(CASE_REFERENCE);
  }

  public static String serviceSite(VariableScope scope) {
    return (String) scope.getVariable(SERVICE_SITE);
  }

  public static String participantName(VariableScope scope) {
    return (String) scope.getVariable(PARTICIPANT_NAME);
  }

  public static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }
}
