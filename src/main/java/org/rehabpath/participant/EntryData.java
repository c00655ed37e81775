package org.rehabpath.participant;

/** Vocabulary of the ESF+ entry data recorded for each participant. */
public final class EntryData {

  public enum Gender { FEMALE, MALE, NON_BINARY }

  /** ISCED 2011 levels; EECO09 counts 0-2, EECO10 3-4, EECO11 5-8. */
  public enum EducationLevel { ISCED_0, ISCED_1, ISCED_2, ISCED_3, ISCED_4, ISCED_5, ISCED_6, ISCED_7, ISCED_8 }

  /** Exactly one per participant (EECO02-EECO05); long-term unemployed also count as unemployed. */
  public enum LabourMarketStatus { UNEMPLOYED, LONG_TERM_UNEMPLOYED, INACTIVE, EMPLOYED }

  /** A special-category item the participant may refuse to answer; the record shows they were asked. */
  public enum SensitiveAnswer { YES, NO, REFUSED }

  /**
   * Age at entry in the bands of the ESF+ indicators (EECO06 under 18, EECO07 18-29, EECO08 55 and
   * over; 30-54 for the rest). Kept instead of the birth year once a participant is erased.
   */
  public enum AgeBand {
    AGE_UNDER_18, AGE_18_29, AGE_30_54, AGE_55_PLUS;

    /** The band of someone born in {@code birthYear} who entered in {@code entryYear} (age in whole years, by year). */
    public static AgeBand at(int birthYear, int entryYear) {
      int age = entryYear - birthYear;
      if (age < 18) {
        return AGE_UNDER_18;
      }
      if (age <= 29) {
        return AGE_18_29;
      }
      return age <= 54 ? AGE_30_54 : AGE_55_PLUS;
    }
  }

  private EntryData() {}
}
