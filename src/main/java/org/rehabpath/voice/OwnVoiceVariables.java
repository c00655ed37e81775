package org.rehabpath.voice;

import static org.rehabpath.variables.ProcessVariable.text;
import static org.rehabpath.variables.ProcessVariable.wholeNumber;

import org.rehabpath.variables.ProcessVariable;

/**
 * Contract of {@code own-voice}, one questionnaire in the participant's own words: its process key,
 * message, element ids and variables. The answers pass through the task's form only: they are
 * recorded in the project's tables and removed before anything is stored ({@link OwnVoiceQuestionnaire}).
 */
public final class OwnVoiceVariables {

  public static final String PROCESS_KEY = "own-voice";
  public static final String FORM = "own-voice";
  public static final String RATING_FORM = "own-voice-rating";
  /** Correlated to the questionnaire's instance when the participant has answered on their own page. */
  public static final String MESSAGE_ANSWERED_ALONE = "own-voice-answered-alone";
  /** Correlated to the case's support by business key when the closing begins: the exit questionnaire. */
  public static final String MESSAGE_EXIT_BEGUN = "exit-begun";

  public static final String HEAR_PARTICIPANT = "hear-participant";
  public static final String RATE_JOB_READINESS = "rate-job-readiness";

  /** BASELINE, FOLLOW_UP or EXIT ({@link Occasion}), given by the call from case-support. */
  public static final ProcessVariable<String> OCCASION = text("ownVoiceOccasion");
  /** The occasion in words, for the task's name. */
  public static final ProcessVariable<String> OCCASION_NAME = text("ownVoiceOccasionName");
  /** The instrument version the questionnaire asks: the one in force when it began. */
  public static final ProcessVariable<Integer> INSTRUMENT_VERSION = wholeNumber("ownVoiceInstrumentVersion");

  /** Task-local, shown on the form only while the task is open; never kept in history. */
  public static final ProcessVariable<String> CODE = text("ownVoiceCode");
  public static final ProcessVariable<String> PAGE = text("ownVoicePage");
  public static final ProcessVariable<String> CODE_EXPIRES = text("ownVoiceCodeExpires");

  /** A form field holding the participant's answer to a question is named by this and its code. */
  public static final String PARTICIPANT_ANSWER = "ownVoice_";
  /** A form field holding the supervisor's rating of a job-readiness question. */
  public static final String SUPERVISOR_RATING = "supervisorRating_";

  private OwnVoiceVariables() {}

  /**
   * The variables of {@code own-voice}, with the form fields of version 1 as shipped
   * (forms/own-voice.form): a radio choice per question on 1-5, a number for health on 0-100. A later
   * version's fields are made and checked the same way from its questions ({@link OwnVoiceForms}).
   */
  public static org.rehabpath.variables.ProcessContract contract() {
    java.util.List<ProcessVariable<?>> fields = new java.util.ArrayList<>();
    for (String code : java.util.List.of("CHOOSES_OWN_DAYS", "CAN_CHANGE_THINGS", "KNOWS_WHERE_TO_ASK")) {
      fields.add(text(PARTICIPANT_ANSWER + code));
    }
    fields.add(wholeNumber(PARTICIPANT_ANSWER + "HEALTH_TODAY"));
    for (String code : java.util.List.of("KNOWS_GOAL", "KEEPS_TIMES", "BELIEVES_IN_WORK", "HAS_SUPPORT")) {
      fields.add(text(PARTICIPANT_ANSWER + code));
      fields.add(text(SUPERVISOR_RATING + code));
    }
    return org.rehabpath.variables.ProcessContract.of(PROCESS_KEY, OwnVoiceVariables.class,
        org.rehabpath.variables.CaseVariables.class).with(fields.toArray(ProcessVariable<?>[]::new));
  }

  static String field(Respondent respondent, String questionCode) {
    return (respondent == Respondent.PARTICIPANT ? PARTICIPANT_ANSWER : SUPERVISOR_RATING) + questionCode;
  }

  /** True for a variable that only carries an answer through a form. */
  static boolean isAnswer(String variableName) {
    return variableName.startsWith(PARTICIPANT_ANSWER) || variableName.startsWith(SUPERVISOR_RATING);
  }
}
