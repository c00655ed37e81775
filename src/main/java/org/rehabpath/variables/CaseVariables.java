package org.rehabpath.variables;

import static org.rehabpath.variables.ProcessVariable.flag;
import static org.rehabpath.variables.ProcessVariable.text;
import static org.rehabpath.variables.ProcessVariable.wholeNumber;

/**
 * The case's process and the variables every process of a case shares, each named once with its
 * type. Phase-specific variables are in each phase's own contract class (for example
 * {@code RoutingVariables}).
 */
public final class CaseVariables {

  /** The case's own process: one instance per case, business key = case reference. */
  public static final String PROCESS_KEY = "rehabilitation-case";

  /** The case reference; also the business key of the case and of each phase's instance. */
  public static final ProcessVariable<String> CASE_REFERENCE = text("caseReference");
  /** The service site (tenant id) that holds the case. */
  public static final ProcessVariable<String> SERVICE_SITE = text("serviceSite");
  public static final ProcessVariable<String> FIRST_NAME = text("firstName");
  public static final ProcessVariable<String> LAST_NAME = text("lastName");
  /** "First Last": task names say which participant they are about. */
  public static final ProcessVariable<String> PARTICIPANT_NAME = text("participantName");
  public static final ProcessVariable<Integer> BIRTH_YEAR = wholeNumber("birthYear");
  public static final ProcessVariable<Boolean> CONSENT_GIVEN = flag("consentGiven");
  /** A code of the participant's Gender. */
  public static final ProcessVariable<String> GENDER = text("gender");
  /** The referring service and its own reference for the person. */
  public static final ProcessVariable<String> REFERRER_SERVICE = text("referrerService");
  public static final ProcessVariable<String> REFERRER_REFERENCE = text("referrerReference");

  private CaseVariables() {}
}
