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

  private EntryData() {}
}
