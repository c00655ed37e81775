package org.rehabpath.closing;

import static org.rehabpath.closing.ClosingVariables.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.rehabpath.closing.ClosingVariables.ExitOutcome;
import org.rehabpath.models.ModelBean;
import org.rehabpath.participant.ParticipantRepository;
import org.rehabpath.participant.ParticipantRepository.ExitResult;
import org.rehabpath.participant.ParticipantRepository.FollowUpResult;
import org.rehabpath.pathway.CaseVariables;
import org.rehabpath.pathway.EngineClock;

/**
 * Complete listeners of "Record exit outcome" and "Six-month follow-up": derive the ESF+ result
 * indicators from the outcome recorded and store them in the participant record (a repeated
 * completion overwrites the same columns). A case without a participant record records nothing.
 */
@ModelBean("resultIndicators")
public class ResultIndicators {

  /** The follow-up's answer for someone in employment, incl. self-employment. */
  static final String FOLLOW_UP_EMPLOYED = "EMPLOYED";

  private final ParticipantRepository participants;

  public ResultIndicators(ParticipantRepository participants) {
    this.participants = participants;
  }

  public void atExit(DelegateTask task) {
    participants.recordExit(CaseVariables.caseReference(task),
        atExit(exitOutcome(task), Boolean.TRUE.equals(task.getVariable(GAINED_QUALIFICATION)), exitDate(task)));
  }

  public void atFollowUp(DelegateTask task) {
    participants.recordFollowUp(CaseVariables.caseReference(task), atFollowUp(followUpOutcome(task),
        Boolean.TRUE.equals(task.getVariable(LABOUR_MARKET_SITUATION_IMPROVED)),
        EngineClock.today()));
  }

  /**
   * EECR01 job searching, EECR02 in education or training, EECR04 in employment (incl.
   * self-employment) from the exit outcome; EECR03 from "gained a qualification".
   */
  static ExitResult atExit(ExitOutcome outcome, boolean gainedQualification, LocalDate exitDate) {
    return new ExitResult(exitDate, outcome == ExitOutcome.JOB_SEEKING, outcome == ExitOutcome.IN_EDUCATION,
        gainedQualification, outcome == ExitOutcome.EMPLOYED);
  }

  /** EECR05 in employment six months after leaving; EECR06 an improved labour-market situation. */
  static FollowUpResult atFollowUp(String followUpOutcome, boolean improved, LocalDate followUpDate) {
    return new FollowUpResult(followUpDate, FOLLOW_UP_EMPLOYED.equals(followUpOutcome), improved);
  }

  private static ExitOutcome exitOutcome(DelegateTask task) {
    try {
      return ClosingVariables.exitOutcome(task);
    } catch (IllegalArgumentException e) {
      throw new FormFieldValidationException(EXIT_OUTCOME, "'Exit outcome' (exitOutcome) is not one of "
          + java.util.Arrays.toString(ExitOutcome.values()) + ".");
    }
  }

  private static String followUpOutcome(DelegateTask task) {
    String outcome = ClosingVariables.followUpOutcome(task);
    if (outcome == null || outcome.isBlank()) {
      throw new FormFieldValidationException(FOLLOW_UP_OUTCOME,
          "'Situation six months after the exit' (followUpOutcome) is required.");
    }
    return outcome;
  }

  /** The exit date as the form's date field sends it (yyyy-MM-dd), or as a date. */
  static LocalDate exitDate(DelegateTask task) {
    Object value = task.getVariable(EXIT_DATE);
    if (value instanceof Date date) {
      return LocalDate.ofInstant(date.toInstant(), ZoneId.systemDefault());
    }
    try {
      return LocalDate.parse(String.valueOf(value).strip().substring(0, Math.min(10, String.valueOf(value).strip().length())));
    } catch (DateTimeParseException | NullPointerException e) {
      throw new FormFieldValidationException(EXIT_DATE, "'Exit date' (exitDate) must be a date such as 2026-11-20.");
    }
  }
}
