package org.rehabpath.report;

import static org.rehabpath.participant.EntryData.AgeBand.*;
import static org.rehabpath.participant.EntryData.LabourMarketStatus.*;

import java.util.function.Predicate;
import org.rehabpath.participant.EntryData.SensitiveAnswer;

/**
 * The ESF+ common indicators for participants (Regulation (EU) 2021/1057, Annex I) that this
 * programme records, with how each is derived from the participant record, and two extra rows each
 * for the special-category items: how many were asked, and how many refused to answer.
 */
public enum EsfIndicator {
  EECO01("Total number of participants", Population.ENTRY, p -> true),
  EECO02("Unemployed, including long-term unemployed", Population.ENTRY,
      p -> p.labourMarketStatus() == UNEMPLOYED || p.labourMarketStatus() == LONG_TERM_UNEMPLOYED),
  EECO03("Long-term unemployed", Population.ENTRY, p -> p.labourMarketStatus() == LONG_TERM_UNEMPLOYED),
  EECO04("Inactive", Population.ENTRY, p -> p.labourMarketStatus() == INACTIVE),
  EECO05("Employed, including self-employed", Population.ENTRY, p -> p.labourMarketStatus() == EMPLOYED),
  EECO06("Below 18 years of age", Population.ENTRY, p -> p.ageBandAtEntry() == AGE_UNDER_18),
  EECO07("Aged 18-29", Population.ENTRY, p -> p.ageBandAtEntry() == AGE_18_29),
  EECO08("Aged 55 and above", Population.ENTRY, p -> p.ageBandAtEntry() == AGE_55_PLUS),
  EECO09("With lower secondary education or less (ISCED 0-2)", Population.ENTRY, p -> isced(p, 0, 2)),
  EECO10("With upper secondary or post-secondary non-tertiary education (ISCED 3-4)", Population.ENTRY,
      p -> isced(p, 3, 4)),
  EECO11("With tertiary education (ISCED 5-8)", Population.ENTRY, p -> isced(p, 5, 8)),
  EECO12("Participants with disabilities", Population.ENTRY, p -> p.disability() == SensitiveAnswer.YES),
  EECO12_ASKED("EECO12 asked (yes, no or refused to answer)", Population.ENTRY, p -> p.disability() != null),
  EECO12_REFUSED("EECO12 asked, refused to answer", Population.ENTRY,
      p -> p.disability() == SensitiveAnswer.REFUSED),
  EECO13("Third-country nationals", Population.ENTRY, p -> Boolean.TRUE.equals(p.thirdCountryNational())),
  EECO14("Participants with a foreign background", Population.ENTRY,
      p -> Boolean.TRUE.equals(p.foreignBackground())),
  EECO15("Minorities (including marginalised communities such as the Roma)", Population.ENTRY,
      p -> p.minority() == SensitiveAnswer.YES),
  EECO15_ASKED("EECO15 asked (yes, no or refused to answer)", Population.ENTRY, p -> p.minority() != null),
  EECO15_REFUSED("EECO15 asked, refused to answer", Population.ENTRY, p -> p.minority() == SensitiveAnswer.REFUSED),
  EECO16("Homeless or affected by housing exclusion", Population.ENTRY,
      p -> Boolean.TRUE.equals(p.homelessOrHousingExcluded())),
  EECO17("Participants from rural areas", Population.ENTRY, p -> Boolean.TRUE.equals(p.ruralArea())),
  EECR01("Participants engaged in job searching upon leaving", Population.EXIT,
      p -> Boolean.TRUE.equals(p.jobSearchingAtExit())),
  EECR02("Participants in education or training upon leaving", Population.EXIT,
      p -> Boolean.TRUE.equals(p.inEducationAtExit())),
  EECR03("Participants gaining a qualification upon leaving", Population.EXIT,
      p -> Boolean.TRUE.equals(p.qualificationAtExit())),
  EECR04("Participants in employment, including self-employment, upon leaving", Population.EXIT,
      p -> Boolean.TRUE.equals(p.employedAtExit())),
  EECR05("Participants in employment, including self-employment, six months after leaving",
      Population.FOLLOW_UP, p -> Boolean.TRUE.equals(p.employedAtFollowUp())),
  EECR06("Participants with an improved labour market situation six months after leaving",
      Population.FOLLOW_UP, p -> Boolean.TRUE.equals(p.improvedAtFollowUp()));

  /** Whom an indicator counts: those who entered, left, or were followed up in the period. */
  public enum Population { ENTRY, EXIT, FOLLOW_UP }

  private final String description;
  private final Population population;
  private final Predicate<ParticipantFacts> counts;

  EsfIndicator(String description, Population population, Predicate<ParticipantFacts> counts) {
    this.description = description;
    this.population = population;
    this.counts = counts;
  }

  /** The code as reported: EECO01, or EECO12-asked for the extra rows. */
  public String code() {
    return name().replace("_ASKED", "-asked").replace("_REFUSED", "-refused");
  }

  public String description() {
    return description;
  }

  public Population population() {
    return population;
  }

  public boolean counts(ParticipantFacts participant) {
    return counts.test(participant);
  }

  private static boolean isced(ParticipantFacts p, int lowest, int highest) {
    if (p.educationLevel() == null) {
      return false;
    }
    int level = p.educationLevel().ordinal();
    return level >= lowest && level <= highest;
  }
}
