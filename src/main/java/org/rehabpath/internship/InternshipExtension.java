package org.rehabpath.internship;

import static org.rehabpath.internship.InternshipVariables.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.runtime.Job;
import org.rehabpath.engine.FieldRefusal;
import org.rehabpath.models.ModelBean;
import org.rehabpath.plan.InternshipCeiling;
import org.rehabpath.security.CurrentUser;
import org.rehabpath.security.EngineAsSystem;
import org.rehabpath.variables.CaseVariables;
import org.rehabpath.web.MessageText;

/**
 * "Conclude or extend" and its approval (bean {@code internshipExtension}): an extension needs its
 * months and a reason, the programme manager's approval (or a comment saying why not), and beyond the
 * internship ceiling the caring service's attestation; an approved one moves the plan's end.
 */
@ModelBean("internshipExtension")
public class InternshipExtension {

  static final int MAX_EXTENSION_MONTHS = 12;

  private final InternshipCeiling ceiling;
  private final CurrentUser currentUser;
  private final ManagementService managementService;
  private final EngineAsSystem engine;
  private final InternshipRecords records;

  public InternshipExtension(InternshipCeiling ceiling, CurrentUser currentUser, ManagementService managementService,
      EngineAsSystem engine, InternshipRecords records) {
    this.ceiling = ceiling;
    this.currentUser = currentUser;
    this.managementService = managementService;
    this.engine = engine;
    this.records = records;
  }

  /** Complete listener of "Conclude or extend": an extension needs 1-12 months and a reason. */
  public void checkRequest(DelegateTask task) {
    Boolean extend = EXTEND_INTERNSHIP.find(task).orElse(null);
    if (extend == null) {
      throw FieldRefusal.of(EXTEND_INTERNSHIP.name(), MessageText.of("internship.extend.missing"));
    }
    EXTEND_INTERNSHIP.set(task.getExecution(), extend);
    if (!extend) {
      return;
    }
    Integer months = EXTENSION_MONTHS.find(task).orElse(null);
    if (months == null || months < 1 || months > MAX_EXTENSION_MONTHS) {
      throw FieldRefusal.of(EXTENSION_MONTHS.name(), MessageText.of("internship.extensionMonths.range", MAX_EXTENSION_MONTHS));
    }
    String reason = EXTENSION_REASON.get(task);
    if (reason == null || reason.isBlank()) {
      throw FieldRefusal.of(EXTENSION_REASON.name(), MessageText.of("internship.extensionReason.missing"));
    }
  }

  /** Complete listener of "Approve extension": approved within the ceiling or with an attestation, or refused with a comment. */
  public void checkApproval(DelegateTask task) {
    Boolean approved = EXTENSION_APPROVED.find(task).orElse(null);
    if (approved == null) {
      throw FieldRefusal.of(EXTENSION_APPROVED.name(), MessageText.of("internship.extensionApproved.missing"));
    }
    EXTENSION_APPROVED.set(task.getExecution(), approved);
    if (!approved) {
      String comment = EXTENSION_COMMENT.get(task);
      if (comment == null || comment.isBlank()) {
        throw FieldRefusal.of(EXTENSION_COMMENT.name(), MessageText.of("internship.extensionComment.missing"));
      }
      return;
    }
    LocalDate newEnd = newEnd(task.getExecution());
    ceiling.check(CaseVariables.CASE_REFERENCE.get(task), planStart(task.getExecution()), newEnd,
        CEILING_ATTESTED_BY.get(task), CEILING_ATTESTATION_REASON.get(task), currentUser.idOrNull());
  }

  /** "Move the plan's end": the new last day, and the timer of the plan's end moved to match. */
  public void moveEnd(DelegateExecution execution) {
    LocalDate newEnd = newEnd(execution);
    PLANNED_END_DATE.set(execution, newEnd);
    Date due = records.planEndsAt(execution);
    String instance = execution.getProcessInstanceId();
    engine.query(() -> {
      for (Job timer : managementService.createJobQuery().processInstanceId(instance)
          .activityId(Elements.PLAN_END_REACHED).timers().list()) {
        managementService.setJobDuedate(timer.getId(), due);
      }
      return null;
    });
    execution.removeVariables(java.util.List.of(EXTEND_INTERNSHIP.name(), EXTENSION_MONTHS.name(),
        EXTENSION_REASON.name(), EXTENSION_APPROVED.name(), EXTENSION_COMMENT.name(), CEILING_ATTESTED_BY.name(),
        CEILING_ATTESTATION_REASON.name()));
  }

  private static LocalDate newEnd(DelegateExecution execution) {
    LocalDate end = PLANNED_END_DATE.get(execution);
    Integer months = EXTENSION_MONTHS.get(execution);
    if (end == null || months == null) {
      throw new IllegalStateException("An extension needs plannedEndDate and extensionMonths");
    }
    return end.plusMonths(months);
  }

  private static LocalDate planStart(DelegateExecution execution) {
    LocalDate start = INTERNSHIP_START_DATE.get(execution);
    if (start != null) {
      return start;
    }
    return INTERNSHIP_STARTED_AT.get(execution).toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
  }
}
