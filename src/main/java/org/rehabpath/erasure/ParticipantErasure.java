package org.rehabpath.erasure;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.rehabpath.casestatus.UserCases;
import org.rehabpath.dataprotection.ReadLog;
import org.rehabpath.grant.WorkGrantPaymentRepository;
import org.rehabpath.participant.EntryData.AgeBand;
import org.rehabpath.participant.Participant;
import org.rehabpath.participant.ParticipantRepository;
import org.rehabpath.security.CurrentUser;
import org.rehabpath.security.EngineAsSystem;
import org.rehabpath.security.Groups;
import org.rehabpath.site.SiteDirectory;
import org.rehabpath.steps.StepRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases a participant on request (GDPR Art. 17): the case's process instances and their history
 * go, the participant record keeps only anonymous data for the programme's reports, the work-grant
 * payments keep their amounts and months, and the dated steps on the step ladder their steps and
 * dates, under one anonymous token, and the erasure itself is
 * recorded without personal data. All of it or nothing: one transaction, which the engine shares.
 */
@Service
public class ParticipantErasure {

  private static final Logger log = LoggerFactory.getLogger(ParticipantErasure.class);

  /** Who may erase a participant of their service site. */
  static final List<String> ERASERS = List.of(Groups.PROGRAMME_MANAGERS);

  /**
   * Payments and step records of an erased case carry this prefix and a random UUID, the same for all
   * its months and steps.
   */
  public static final String ANONYMOUS_CASE_PREFIX = "ERASED-";

  private final CurrentUser currentUser;
  private final UserCases userCases;
  private final EngineAsSystem engine;
  private final CaseEngineRecords engineRecords;
  private final ParticipantRepository participants;
  private final WorkGrantPaymentRepository payments;
  private final SiteDirectory siteDirectory;
  private final ErasureRecords erasures;
  private final StepRecords stepRecords;
  private final org.rehabpath.activityplan.ActivityPlan activityPlan;
  private final org.rehabpath.activityplan.GroupActivities groupActivities;
  private final org.rehabpath.caseevent.CaseEventRecords caseEvents;
  private final org.rehabpath.voice.VoiceResponses voiceResponses;
  private final ReadLog readLog;

  ParticipantErasure(CurrentUser currentUser, UserCases userCases, EngineAsSystem engine,
      CaseEngineRecords engineRecords, ParticipantRepository participants,
      WorkGrantPaymentRepository payments, SiteDirectory siteDirectory, ErasureRecords erasures,
      StepRecords stepRecords, org.rehabpath.activityplan.ActivityPlan activityPlan,
      org.rehabpath.activityplan.GroupActivities groupActivities, org.rehabpath.caseevent.CaseEventRecords caseEvents,
      org.rehabpath.voice.VoiceResponses voiceResponses, ReadLog readLog) {
    this.voiceResponses = voiceResponses;
    this.readLog = readLog;
    this.activityPlan = activityPlan;
    this.groupActivities = groupActivities;
    this.caseEvents = caseEvents;
    this.currentUser = currentUser;
    this.userCases = userCases;
    this.engine = engine;
    this.engineRecords = engineRecords;
    this.participants = participants;
    this.payments = payments;
    this.siteDirectory = siteDirectory;
    this.erasures = erasures;
    this.stepRecords = stepRecords;
  }

  /**
   * @throws CurrentUser.AccessRefusedException the user is not a programme manager (403)
   * @throws org.rehabpath.web.NotFoundException no such case in the user's service sites, or
   *     erased before (404)
   */
  @Transactional
  public ErasureSummary erase(String caseReference) {
    currentUser.requireAnyGroup(ERASERS, "erase participants");
    HistoricProcessInstance mainInstance = userCases.find(caseReference);
    String serviceSite = mainInstance.getTenantId();
    String erasedBy = currentUser.id();
    Instant now = Instant.now();

    CaseEngineRecords.Removed removed =
        engine.query(() -> engineRecords.erase(caseReference, mainInstance.getId()));
    boolean placeFreed = removed.internshipSiteHeld().map(siteDirectory::freePlace).orElse(false);

    Optional<Participant> participant = participants.findByCaseReference(caseReference);
    participant.ifPresent(p -> {
      // The month the intake included the participant (ESF+ entry), else the month of the referral.
      YearMonth entryMonth = participants.enteredOn(caseReference).map(YearMonth::from)
          .orElseGet(() -> YearMonth.from(p.createdAt().atZone(ZoneId.systemDefault())));
      participants.erase(caseReference, entryMonth, AgeBand.at(p.birthYear(), entryMonth.getYear()), now);
    });
    String anonymousToken = ANONYMOUS_CASE_PREFIX + UUID.randomUUID();
    int paymentsAnonymised = payments.replaceCaseReference(caseReference, anonymousToken);
    stepRecords.replaceCaseReference(caseReference, anonymousToken);
    // The plan's measures, group attendance and the dates of events stay for the programme's figures,
    // under the token; the notes of talks and events go.
    activityPlan.leaveGroups(caseReference, java.time.LocalDate.now());
    activityPlan.replaceCaseReference(caseReference, anonymousToken);
    groupActivities.replaceCaseReference(caseReference, anonymousToken);
    caseEvents.replaceCaseReference(caseReference, anonymousToken);
    // The answers stay for the programme's aggregated figures, under the token.
    voiceResponses.replaceCaseReference(caseReference, anonymousToken);
    // Who read the case's data stays accountable, under the token (docs/data-protection.md).
    readLog.replaceCaseReference(caseReference, anonymousToken);

    ErasureSummary summary = new ErasureSummary(removed.runtimeInstances(), removed.historicInstances(),
        paymentsAnonymised, participant.isPresent(), placeFreed);
    erasures.record(serviceSite, erasedBy, now, summary);
    log.info("A participant of service site {} was erased by {}: {}", serviceSite, erasedBy, summary);
    return summary;
  }
}
