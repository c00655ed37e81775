package org.rehabpath.participant;

import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.rehabpath.engine.EngineClock;
import org.rehabpath.security.CurrentUser;
import org.rehabpath.security.EngineAsSystem;
import org.rehabpath.variables.CaseVariables;
import org.springframework.stereotype.Component;
import org.rehabpath.web.MessageText;

/**
 * The one way a participant record is made, whichever door opened the case (the referral API, or the
 * intake of a case opened from Tasklist or the engine REST API): one check that the referral is new,
 * and the engine's clock for the moment it was made.
 */
@Component
public class ParticipantRegister {

  /** The referring service and its own reference for the person. */
  public record Referral(String service, String reference) {}

  /** The case a referral opened, and the service site that holds it. */
  public record ReferredCase(String caseReference, String serviceSite) {}

  /** The referral already opened a case: no second record, no second case. */
  public static class AlreadyReferred extends RuntimeException {
    private final ReferredCase existing;

    AlreadyReferred(Referral referral, ReferredCase existing) {
      super("The referral " + referral.service() + " " + referral.reference() + " already opened case "
          + existing.caseReference() + ".");
      this.existing = existing;
    }

    public ReferredCase existing() {
      return existing;
    }

    /** What a user is told: the case, if it is one of their service sites, else only that it exists. */
    public String messageFor(CurrentUser user) {
      return textFor(user).english();
    }

    /** {@link #messageFor}, as a text staff read in their own language. */
    public MessageText textFor(CurrentUser user) {
      return user.idOrNull() == null || user.worksAt(existing.serviceSite())
          ? MessageText.of("referral.duplicate.ownSite", existing.caseReference())
          : MessageText.of("referral.duplicate.otherSite");
    }
  }

  private final ParticipantRepository participants;
  private final RuntimeService runtimeService;
  private final EngineAsSystem engineAsSystem;

  public ParticipantRegister(ParticipantRepository participants, RuntimeService runtimeService,
      EngineAsSystem engineAsSystem) {
    this.participants = participants;
    this.runtimeService = runtimeService;
    this.engineAsSystem = engineAsSystem;
  }

  /**
   * Refuses a referral that opened a case before, whichever door it came through: the referral API
   * and the intake record it in the participant record; a case opened from Tasklist's start form or
   * the engine REST API carries it as the case's variables until its intake.
   *
   * @param openingCase the instance of the case being opened, which is not a duplicate of itself; or null
   * @throws AlreadyReferred naming the case the referral opened
   */
  public void requireNew(Referral referral, String openingCase) {
    Optional<ReferredCase> existing = participants.findByReferral(referral.service(), referral.reference())
        .filter(participant -> openingCase == null || !openingCase.equals(participant.processInstanceId()))
        .map(participant -> new ReferredCase(participant.caseReference(), participant.serviceSite()))
        .or(() -> runningCase(referral, openingCase));
    existing.ifPresent(found -> {
      throw new AlreadyReferred(referral, found);
    });
  }

  /**
   * Any user's: the duplicate is refused whoever may see it (the answer names it only to its own
   * site). A native query that names the variable in its SQL, so that PostgreSQL reads the partial
   * index of the referral references (engine's EngineIndexes); Camunda's variable query binds the name
   * as a parameter, which that index cannot answer (docs/performance.md).
   */
  private Optional<ReferredCase> runningCase(Referral referral, String openingCase) {
    return engineAsSystem.query(() -> runtimeService.createNativeProcessInstanceQuery()
            .sql("SELECT RES.* FROM ACT_RU_EXECUTION RES WHERE RES.ID_ = RES.PROC_INST_ID_ AND RES.ID_ IN ("
                + "SELECT V.PROC_INST_ID_ FROM ACT_RU_VARIABLE V WHERE V.NAME_ = '"
                + CaseVariables.REFERRER_REFERENCE.name() + "' AND V.TEXT_ = #{reference})")
            .parameter("reference", referral.reference())
            .list()
            .stream()
            .filter(instance -> !instance.getId().equals(openingCase))
            .filter(instance -> referral.service().equals(
                runtimeService.getVariable(instance.getId(), CaseVariables.REFERRER_SERVICE.name())))
            .findFirst())
        .map(instance -> new ReferredCase(instance.getBusinessKey(), instance.getTenantId()));
  }

  /**
   * Records a new participant with the entry data given (the required fields filled).
   *
   * @param processInstanceId the case's instance, or null when it is not started yet
   * @param referredBy the user who sent the referral, or null when the case was opened from Tasklist
   * @throws AlreadyReferred the referral opened a case before
   */
  public Participant register(String caseReference, String serviceSite, Referral referral, String firstName,
      String lastName, EntryDataInput entry, boolean consentGiven, String processInstanceId, String referredBy) {
    requireNew(referral, processInstanceId);
    Participant participant = new Participant(caseReference, serviceSite, referral.service(),
        referral.reference(), firstName.strip(), lastName.strip(), entry, consentGiven, processInstanceId,
        EngineClock.instant(), referredBy);
    participants.insert(participant);
    return participant;
  }
}
