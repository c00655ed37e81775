package org.rehabpath.report;

import java.time.LocalDate;
import org.rehabpath.participant.EntryData.AgeBand;
import org.rehabpath.participant.EntryData.EducationLevel;
import org.rehabpath.participant.EntryData.Gender;
import org.rehabpath.participant.EntryData.LabourMarketStatus;
import org.rehabpath.participant.EntryData.SensitiveAnswer;

/**
 * What the ESF+ report needs of one participant record, and nothing that names anyone: no name,
 * birth year or case reference (an erased participant's anonymous row gives the same).
 */
public record ParticipantFacts(
    Gender gender,
    AgeBand ageBandAtEntry,
    EducationLevel educationLevel,
    LabourMarketStatus labourMarketStatus,
    Boolean thirdCountryNational,
    Boolean foreignBackground,
    Boolean homelessOrHousingExcluded,
    Boolean ruralArea,
    SensitiveAnswer disability,
    SensitiveAnswer minority,
    LocalDate enteredOn,
    LocalDate exitDate,
    Boolean jobSearchingAtExit,
    Boolean inEducationAtExit,
    Boolean qualificationAtExit,
    Boolean employedAtExit,
    LocalDate followUpDate,
    Boolean employedAtFollowUp,
    Boolean improvedAtFollowUp) {}
