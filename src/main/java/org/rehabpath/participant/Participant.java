package org.rehabpath.participant;

import java.time.Instant;
import org.rehabpath.participant.EntryData.EducationLevel;
import org.rehabpath.participant.EntryData.Gender;
import org.rehabpath.participant.EntryData.LabourMarketStatus;
import org.rehabpath.participant.EntryData.SensitiveAnswer;

/**
 * A participant's record, the one place of their data: who they are, the referral that opened their
 * case (and the user who sent it), and their ESF+ entry data.
 */
public record Participant(
    String caseReference,
    String serviceSite,
    String referrerService,
    String referrerReference,
    String firstName,
    String lastName,
    EntryDataInput entryData,
    boolean consentGiven,
    String processInstanceId,
    Instant createdAt,
    String referredBy) {

  /** The same record with other entry data (the intake's corrections and additions). */
  public Participant withEntryData(EntryDataInput entryData) {
    return new Participant(caseReference, serviceSite, referrerService, referrerReference, firstName, lastName,
        entryData, consentGiven, processInstanceId, createdAt, referredBy);
  }

  // The entry data, read as the record's own.

  public int birthYear() {
    return entryData.birthYear();
  }

  public Gender gender() {
    return entryData.gender();
  }

  public EducationLevel educationLevel() {
    return entryData.educationLevel();
  }

  public LabourMarketStatus labourMarketStatus() {
    return entryData.labourMarketStatus();
  }

  public Boolean thirdCountryNational() {
    return entryData.thirdCountryNational();
  }

  public Boolean foreignBackground() {
    return entryData.foreignBackground();
  }

  public Boolean homelessOrHousingExcluded() {
    return entryData.homelessOrHousingExcluded();
  }

  public Boolean ruralArea() {
    return entryData.ruralArea();
  }

  public SensitiveAnswer disability() {
    return entryData.disability();
  }

  public SensitiveAnswer minority() {
    return entryData.minority();
  }
}
