package org.rehabpath.closing;

import static org.rehabpath.closing.ClosingVariables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.rehabpath.closing.ClosingVariables.ExitOutcome;
import org.rehabpath.engine.EngineClock;
import org.rehabpath.engine.FieldRefusal;
import org.rehabpath.models.ModelBean;
import org.rehabpath.participant.ParticipantRepository.ExitResult;
import org.rehabpath.participant.ParticipantRepository.FollowUpResult;
import org.rehabpath.participant.ParticipantRepository;
import org.rehabpath.variables.CaseVariables;
import org.rehabpath.web.MessageText;

/**
 * Complete listeners of "Record exit outcome" and "Six-month follow-up": derive the ESF+ result
 * indicators from the outcome recorded and store them in the participant record (a repeated
 * completion overwrites the same columns). A case without a participant record records nothing.
 */
@ModelBean("resultIndicators")
public class ResultIndicators {

  private final ParticipantRepository participants;

  public ResultIndicators(ParticipantRepository participants) {
    this.participants = participants;
  }

  public void atExit(DelegateTask task) {
    participants.recordExit(CaseVariables.CASE_REFERENCE.get(task),
        atExit(exitOutcome(task), Boolean.TRUE.equals(GAINED_QUALIFICATION.get(task)), exitDate(task)));
  }

  public void atFollowUp(DelegateTask task) {
    participants.recordFollowUp(CaseVariables.CASE_REFERENCE.get(task), atFollowUp(followUpOutcome(task),
        Boolean.TRUE.equals(LABOUR_MARKET_SITUATION_IMPROVED.get(task)),
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
  static FollowUpResult atFollowUp(FollowUpOutcome followUpOutcome, boolean improved, LocalDate followUpDate) {
    return new FollowUpResult(followUpDate, followUpOutcome == FollowUpOutcome.EMPLOYED, improved);
  }

  private static ExitOutcome exitOutcome(DelegateTask task) {
    Object outcome = EXIT_OUTCOME.submitted(task);
    if (EXIT_OUTCOME.isUnreadable(outcome)) {
      throw FieldRefusal.of(EXIT_OUTCOME.name(),
          MessageText.of("closing.exitOutcome.invalid", java.util.Arrays.toString(ExitOutcome.values())));
    }
    return EXIT_OUTCOME.parse(outcome).orElse(null);
  }

  private static FollowUpOutcome followUpOutcome(DelegateTask task) {
    return FOLLOW_UP_OUTCOME.find(task).orElseThrow(() -> FieldRefusal.of(FOLLOW_UP_OUTCOME.name(),
        MessageText.of("closing.followUpOutcome.missing", java.util.Arrays.toString(FollowUpOutcome.values()))));
  }

  /** The exit date as the form's date field sends it (yyyy-MM-dd), or as a date. */
  static LocalDate exitDate(DelegateTask task) {
    return EXIT_DATE.find(task).orElseThrow(() ->
        FieldRefusal.of(EXIT_DATE.name(), MessageText.of("closing.exitDate.invalid")));
  }
}
