package org.rehabpath.referral;

import static org.rehabpath.variables.CaseVariables.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.rehabpath.participant.Participant;
import org.rehabpath.participant.ParticipantRegister;
import org.rehabpath.participant.ParticipantRepository;
import org.rehabpath.pathway.CaseReferences;
import org.rehabpath.security.CurrentUser;
import org.rehabpath.security.Groups;
import org.rehabpath.security.ServiceSites;
import org.rehabpath.variables.CaseVariables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens a case from a referral: the participant record and the case instance, both or neither. */
@Service
public class ReferralService {

  /** Who may refer a participant to the programme. */
  static final List<String> REFERRERS = List.of(Groups.INTEGRATIONS, Groups.SOCIAL_WORKERS);

  private final ParticipantRepository participants;
  private final ParticipantRegister register;
  private final CaseReferences caseReferences;
  private final RuntimeService runtimeService;
  private final CurrentUser currentUser;
  private final ServiceSites serviceSites;

  public ReferralService(ParticipantRepository participants, ParticipantRegister register,
      CaseReferences caseReferences, RuntimeService runtimeService, CurrentUser currentUser,
      ServiceSites serviceSites) {
    this.register = register;
    this.serviceSites = serviceSites;
    this.participants = participants;
    this.caseReferences = caseReferences;
    this.runtimeService = runtimeService;
    this.currentUser = currentUser;
  }

  public record OpenedCase(String caseReference, String processInstanceId) {}

  /**
   * @throws UnknownServiceSiteException no such service site
   * @throws CurrentUser.AccessRefusedException the user may not refer to that site
   * @throws DuplicateReferralException the referral was received before
   * @throws org.springframework.dao.DuplicateKeyException the same referral is being opened right now
   */
  @Transactional
  public OpenedCase open(ReferralRequest referral) {
    currentUser.requireAnyGroup(REFERRERS, "refer participants");
    String site = referral.serviceSite();
    serviceSites.requireOwn(site, "refer participants");
    var referrer = referral.referrer();
    var person = referral.participant();
    if (referral.reEntryOf() != null && participants.findByCaseReference(referral.reEntryOf())
        .filter(earlier -> currentUser.worksAt(earlier.serviceSite())).isEmpty()) {
      throw new UnknownEarlierCaseException(referral.reEntryOf());
    }
    String caseReference = caseReferences.next();
    try {
      register.register(caseReference, site, new ParticipantRegister.Referral(referrer.service(), referrer.reference()),
          person.firstName(), person.lastName(), person.entryData(), referral.consentGiven(), null, currentUser.id());
    } catch (ParticipantRegister.AlreadyReferred duplicate) {
      throw new DuplicateReferralException(ownCaseOrNull(duplicate.existing()));
    }

    // The case carries what its task names and forms need; the rest is in the participant record.
    Map<String, Object> variables = new HashMap<>();
    SERVICE_SITE.put(variables, site);
    FIRST_NAME.put(variables, person.firstName().strip());
    LAST_NAME.put(variables, person.lastName().strip());
    CONSENT_GIVEN.put(variables, referral.consentGiven());
    ProcessInstance instance = runtimeService.createProcessInstanceByKey(CaseVariables.PROCESS_KEY)
        .processDefinitionWithoutTenantId()
        .businessKey(caseReference)
        .setVariables(variables)
        .execute();
    participants.setProcessInstanceId(caseReference, instance.getId());
    if (referral.reEntryOf() != null) {
      participants.recordReEntry(caseReference, referral.reEntryOf());
    }
    return new OpenedCase(caseReference, instance.getId());
  }

  /**
   * The case an earlier referral with the same referrer and reference opened, or null when it is a
   * case of a service site the user does not work at (its reference is not theirs to learn).
   */
  public String existingCase(ReferralRequest referral) {
    return participants.findByReferral(referral.referrer().service(), referral.referrer().reference())
        .map(participant -> ownCaseOrNull(
            new ParticipantRegister.ReferredCase(participant.caseReference(), participant.serviceSite())))
        .orElseThrow();
  }

  private String ownCaseOrNull(ParticipantRegister.ReferredCase existing) {
    return currentUser.worksAt(existing.serviceSite()) ? existing.caseReference() : null;
  }

}
