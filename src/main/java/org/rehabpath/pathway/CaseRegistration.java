package org.rehabpath.pathway;

import static org.rehabpath.variables.CaseVariables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.rehabpath.engine.FieldRefusal;
import org.rehabpath.models.ModelBean;
import org.rehabpath.security.CurrentUser;
import org.rehabpath.participant.ParticipantRegister;
import org.rehabpath.participant.ParticipantRepository;
import org.rehabpath.participant.PersonName;
import org.rehabpath.variables.ProcessVariable;
import org.rehabpath.web.MessageText;

/**
 * First step of every case: gives it a case reference (the business key, unless the referral
 * brought one) and the participant's display name used in task names.
 */
@ModelBean("caseRegistration")
public class CaseRegistration implements JavaDelegate {

  private final CaseReferences caseReferences;
  private final ParticipantRepository participants;
  private final ParticipantRegister register;
  private final CurrentUser currentUser;

  public CaseRegistration(CaseReferences caseReferences, ParticipantRepository participants,
      ParticipantRegister register, CurrentUser currentUser) {
    this.caseReferences = caseReferences;
    this.participants = participants;
    this.register = register;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (execution.getTenantId() == null) {
      throw FieldRefusal.of(
          SERVICE_SITE.name(), MessageText.of("pathway.serviceSite.missing"));
    }
    String reference = execution.getProcessBusinessKey();
    // A referral registered the participant just before starting its case; its request was checked.
    boolean registered = reference != null && !reference.isBlank()
        && participants.findByCaseReference(reference)
            .filter(participant -> participant.processInstanceId() == null).isPresent();
    if (!registered) {
      requireParticipant(execution);
      requireNewReferral(execution);
    }
    if (reference == null || reference.isBlank()) {
      reference = caseReferences.next();
      execution.setProcessBusinessKey(reference);
    }
    CASE_REFERENCE.set(execution, reference);
    SERVICE_SITE.set(execution, execution.getTenantId());
    PARTICIPANT_NAME.set(execution, "%s %s".formatted(FIRST_NAME.get(execution), LAST_NAME.get(execution)).trim());
  }

  /**
   * The same referral opens one case, whichever door it came through (the referral API checks its own):
   * Tasklist's start form and the engine REST API are refused here, naming the case the referral opened
   * to a user of its service site.
   */
  private void requireNewReferral(DelegateExecution execution) {
    String service = REFERRER_SERVICE.get(execution);
    String reference = REFERRER_REFERENCE.get(execution);
    if (service == null || reference == null) {
      return; // a case opened without a referral; the intake gives it one of its own
    }
    // Kept as compared: the same referral typed with a space more is the same referral.
    var referral = new ParticipantRegister.Referral(service.strip(), reference.strip());
    REFERRER_SERVICE.set(execution, referral.service());
    REFERRER_REFERENCE.set(execution, referral.reference());
    try {
      register.requireNew(referral, execution.getProcessInstanceId());
    } catch (ParticipantRegister.AlreadyReferred duplicate) {
      throw FieldRefusal.of(REFERRER_REFERENCE.name(), duplicate.textFor(currentUser));
    }
  }

  /**
   * The participant of a case opened without a referral (Tasklist's start form, the engine REST API):
   * Tasklist's start form checks these in the browser, the referral API in its request; a case
   * started over the engine REST API gets the same minimum here. The intake records them.
   */
  private static void requireParticipant(DelegateExecution execution) {
    for (ProcessVariable<String> name : List.of(FIRST_NAME, LAST_NAME)) {
      String required = name.name();
      String value = name.get(execution);
      if (value == null || value.isBlank()) {
        throw FieldRefusal.of(required, MessageText.of("pathway.name.missing", required));
      }
      if (!PersonName.isValid(value)) {
        throw FieldRefusal.of(required, MessageText.of("pathway.name.invalid", required, PersonName.MAX_LENGTH));
      }
    }
    if (!(BIRTH_YEAR.submitted(execution) instanceof Number)) { // a number, as the start form sends it
      throw FieldRefusal.of(BIRTH_YEAR.name(), MessageText.of("pathway.birthYear.missing"));
    }
  }
}
