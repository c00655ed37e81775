package org.rehabpath.referral;

import static org.rehabpath.variables.CaseVariables.*;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.rehabpath.participant.Participant;
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
  private final CaseReferences caseReferences;
  private final RuntimeService runtimeService;
  private final CurrentUser currentUser;
  private final ServiceSites serviceSites;

  public ReferralService(ParticipantRepository participants, CaseReferences caseReferences,
      RuntimeService runtimeService, CurrentUser currentUser, ServiceSites serviceSites) {
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
    participants.findByReferral(referrer.service(), referrer.reference())
        .ifPresent(existing -> { throw new DuplicateReferralException(ownCaseOrNull(existing)); });

    String caseReference = caseReferences.next();
    var person = referral.participant();
    participants.insert(new Participant(caseReference, site, referrer.service(), referrer.reference(),
        person.firstName().strip(), person.lastName().strip(), person.birthYear(), person.gender(),
        person.educationLevel(), person.labourMarketStatus(), person.thirdCountryNational(),
        person.foreignBackground(), person.homelessOrHousingExcluded(), person.ruralArea(),
        person.disability(), person.minority(), referral.consentGiven(), null, Instant.now(),
        currentUser.id()));

    ProcessInstance instance = runtimeService.createProcessInstanceByKey(CaseVariables.PROCESS_KEY)
        .processDefinitionWithoutTenantId()
        .businessKey(caseReference)
        .setVariables(startVariables(site, referrer, person, referral.consentGiven()))
        .execute();
    participants.setProcessInstanceId(caseReference, instance.getId());
    return new OpenedCase(caseReference, instance.getId());
  }

  /**
   * The case an earlier referral with the same referrer and reference opened, or null when it is a
   * case of a service site the user does not work at (its reference is not theirs to learn).
   */
  public String existingCase(ReferralRequest referral) {
    return participants.findByReferral(referral.referrer().service(), referral.referrer().reference())
        .map(this::ownCaseOrNull)
        .orElseThrow();
  }

  private String ownCaseOrNull(Participant existing) {
    return currentUser.worksAt(existing.serviceSite()) ? existing.caseReference() : null;
  }

  /** The case's variables at its start, as the case's contract types them. */
  private static Map<String, Object> startVariables(String site, ReferralRequest.Referrer referrer, ReferralRequest.ParticipantData person,
      boolean consentGiven) {
    Map<String, Object> variables = new HashMap<>();
    SERVICE_SITE.put(variables, site);
    FIRST_NAME.put(variables, person.firstName().strip());
    LAST_NAME.put(variables, person.lastName().strip());
    BIRTH_YEAR.put(variables, person.birthYear());
    GENDER.put(variables, person.gender().name());
    CONSENT_GIVEN.put(variables, consentGiven);
    REFERRER_SERVICE.put(variables, referrer.service());
    REFERRER_REFERENCE.put(variables, referrer.reference());
    return variables;
  }
}
