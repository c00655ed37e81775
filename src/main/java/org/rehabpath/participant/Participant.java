package org.rehabpath.participant;

import java.time.Instant;
import org.rehabpath.participant.EntryData.EducationLevel;
import org.rehabpath.participant.EntryData.Gender;
import org.rehabpath.participant.EntryData.LabourMarketStatus;
import org.rehabpath.participant.EntryData.SensitiveAnswer;

/**
 * A participant's record: who they are, the referral that opened their case (and the user who sent
 * it), and their entry data.
 */
public record Participant(
    String caseReference,
    String serviceSite,
    String referrerService,
    String referrerReference,
    String firstName,
    String lastName,
    int birthYear,
    Gender gender,
    EducationLevel educationLevel,
    LabourMarketStatus labourMarketStatus,
    Boolean thirdCountryNational,
    Boolean foreignBackground,
    Boolean homelessOrHousingExcluded,
    Boolean ruralArea,
    SensitiveAnswer disability,
    SensitiveAnswer minority,
    boolean consentGiven,
    String processInstanceId,
    Instant createdAt,
    String referredBy) {
}
