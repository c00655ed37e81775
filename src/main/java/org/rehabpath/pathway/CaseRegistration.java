package org.rehabpath.pathway;

import static org.rehabpath.pathway.CaseVariables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.rehabpath.models.ModelBean;
import org.rehabpath.participant.PersonName;

/**
 * First step of every case: gives it a case reference (the business key, unless the referral
 * brought one) and the participant's display name used in task names.
 */
@ModelBean("caseRegistration")
public class CaseRegistration implements JavaDelegate {

  private final CaseReferences caseReferences;

  public CaseRegistration(CaseReferences caseReferences) {
    this.caseReferences = caseReferences;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (execution.getTenantId() == null) {
      throw new FormFieldValidationException(
          SERVICE_SITE, "Choose the service site that holds the case (serviceSite).");
    }
    // Tasklist's start form checks these in the browser, the referral API in its request; a case
    // started over the engine REST API gets the same minimum here.
    for (String required : new String[] {FIRST_NAME, LAST_NAME}) {
      String value = text(execution, required);
      if (value == null || value.isBlank()) {
        throw new FormFieldValidationException(required, "The participant's " + required + " is required.");
      }
      if (!PersonName.isValid(value)) {
        throw new FormFieldValidationException(required, "The participant's " + required
            + " may hold letters, spaces, hyphens, apostrophes and dots only (at most " + PersonName.MAX_LENGTH + ").");
      }
    }
    if (!(execution.getVariable(BIRTH_YEAR) instanceof Number)) {
      throw new FormFieldValidationException(BIRTH_YEAR, "The participant's birthYear (a number) is required.");
    }
    String reference = execution.getProcessBusinessKey();
    if (reference == null || reference.isBlank()) {
      reference = caseReferences.next();
      execution.setProcessBusinessKey(reference);
    }
    execution.setVariable(CASE_REFERENCE, reference);
    execution.setVariable(SERVICE_SITE, execution.getTenantId());
    execution.setVariable(
        PARTICIPANT_NAME, "%s %s".formatted(text(execution, FIRST_NAME), text(execution, LAST_NAME)).trim());
  }
}
