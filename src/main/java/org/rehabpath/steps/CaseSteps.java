package org.rehabpath.steps;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rehabpath.casestatus.CaseStatusService;
import org.rehabpath.casestatus.UserCases;
import org.rehabpath.security.CurrentUser;
import org.rehabpath.steps.StepLadder.Step;
import org.rehabpath.steps.StepRecords.Source;
import org.rehabpath.steps.StepRecords.StepRecord;
import org.springframework.stereotype.Service;

/** The dated steps of one case and the movement between them, read as the case's status is read. */
@Service
public class CaseSteps {

  /** Who reads a case's steps: the readers of its status (host tutors and others may not). */
  static final List<String> READERS = CaseStatusService.READERS;

  /**
   * One recorded step. {@code movement} is the move from the step recorded before it (null for the
   * first, or when a step is no longer on the ladder); label and closerToLabourMarket are the ladder's
   * in force.
   */
  public record DatedStep(LocalDate recordedAt, String step, String label, boolean closerToLabourMarket,
      Source source, StepMovement movement) {}

  /** The steps of a case, oldest first. */
  public record StepHistory(String caseReference, List<DatedStep> steps) {}

  private final CurrentUser currentUser;
  private final UserCases userCases;
  private final StepRecords records;
  private final StepLadders ladders;

  CaseSteps(CurrentUser currentUser, UserCases userCases, StepRecords records, StepLadders ladders) {
    this.currentUser = currentUser;
    this.userCases = userCases;
    this.records = records;
    this.ladders = ladders;
  }

  /**
   * @throws CurrentUser.AccessRefusedException the user's role may not read case status (403)
   * @throws org.rehabpath.web.NotFoundException no such case in the user's service sites (404)
   */
  public StepHistory of(String caseReference) {
    currentUser.requireAnyGroup(READERS, "read the steps of cases");
    userCases.find(caseReference);
    return history(caseReference, records.forCase(caseReference), ladders.current());
  }

  static StepHistory history(String caseReference, List<StepRecord> recorded, StepLadder ladder) {
    List<DatedStep> steps = new ArrayList<>();
    String previous = null;
    for (StepRecord record : recorded) {
      Step step = ladder.step(record.step()).orElse(new Step(record.step(), record.step(), false));
      steps.add(new DatedStep(record.recordedAt(), record.step(), step.label(), step.closerToLabourMarket(),
          record.source(), record.movement() != null ? record.movement() : ladder.movement(previous, record.step())));
      previous = record.step();
    }
    return new StepHistory(caseReference, steps);
  }
}
