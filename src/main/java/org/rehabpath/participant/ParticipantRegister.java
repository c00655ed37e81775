package org.rehabpath.participant;

import org.rehabpath.engine.EngineClock;
import org.springframework.stereotype.Component;

/**
 * The one way a participant record is made, whichever door opened the case (the referral API, or the
 * intake of a case opened from Tasklist or the engine REST API): one check that the referral is new,
 * and the engine's clock for the moment it was made.
 */
@Component
public class ParticipantRegister {

  /** The referring service and its own reference for the person. */
  public record Referral(String service, String reference) {}

  /** The referral already opened a case: no second record, no second case. */
  public static class AlreadyReferred extends RuntimeException {
    private final Participant existing;

    AlreadyReferred(Participant existing) {
      super("The referral " + existing.referrerService() + " " + existing.referrerReference()
          + " already opened a case.");
      this.existing = existing;
    }

    public Participant existing() {
      return existing;
    }
  }

  private final ParticipantRepository participants;

  public ParticipantRegister(ParticipantRepository participants) {
    this.participants = participants;
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
    participants.findByReferral(referral.service(), referral.reference()).ifPresent(existing -> {
      throw new AlreadyReferred(existing);
    });
    Participant participant = new Participant(caseReference, serviceSite, referral.service(),
        referral.reference(), firstName.strip(), lastName.strip(), entry, consentGiven, processInstanceId,
        EngineClock.instant(), referredBy);
    participants.insert(participant);
    return participant;
  }
}
