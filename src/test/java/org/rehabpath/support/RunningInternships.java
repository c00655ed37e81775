package org.rehabpath.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;

/**
 * Internships under way on application nodes, for the cluster and fault tests: started over the
 * engine REST API as the placement at Kooperativet Dalhemmet (host tutor {@code host-coop}) that the
 * earlier phases would have agreed, with their timers moved to "due" in the database as an operator
 * moving time would, and the history that tells how often each timer fired.
 */
public final class RunningInternships {

  public static final String MONTH_PASSED = "month-passed";
  public static final String SITE_VISIT_DUE = "site-visit-due";
  public static final String REPORT_ATTENDANCE = "report-attendance";
  public static final String SITE_VISIT = "site-visit";
  public static final String INTERSERVICE_REVIEW = "record-interservice-review";
  public static final String WORK_OUT_MONTH = "work-out-month";

  private final NodeDatabase database;

  public RunningInternships(NodeDatabase database) {
    this.database = database;
  }

  /**
   * The engine REST request that starts the internship of a case directly, as a placement the earlier
   * phases agreed (Borlänge, Kooperativet Dalhemmet, host tutor host-coop).
   */
  public static String startBody(String caseReference) {
    return """
        {"businessKey": "%1$s", "variables": {
           "caseReference": {"value": "%1$s", "type": "String"},
           "participantName": {"value": "Participant %1$s", "type": "String"},
           "serviceSite": {"value": "borlange", "type": "String"},
           "targetGroup": {"value": "B", "type": "String"},
           "internshipSiteId": {"value": "site-kooperativet-dalhemmet", "type": "String"},
           "internshipSiteName": {"value": "Kooperativet Dalhemmet", "type": "String"},
           "hostTutor": {"value": "host-coop", "type": "String"},
           "planGoals": {"value": "Regular attendance in the kitchen", "type": "String"},
           "weeklyHours": {"value": 20, "type": "Integer"},
           "monthlyGrant": {"value": 400.0, "type": "Double"},
           "paymentDecisionNumber": {"value": "PD-%1$s", "type": "String"},
           "paymentDecisionDate": {"value": "2026-02-20", "type": "String"},
           "internshipStartDate": {"value": "2026-01-01", "type": "String"},
           "plannedEndDate": {"value": "2099-12-31", "type": "String"}}}""".formatted(caseReference);
  }

  /** Starts the internship of case {@code caseReference} on {@code node}; its month and site-visit timers wait. */
  public static void start(ApplicationNode node, String caseReference) throws IOException, InterruptedException {
    String body = startBody(caseReference);
    HttpResponse<String> started = node.post("demo", "/engine-rest/process-definition/key/internship/start", body);
    assertThat(started.statusCode()).as("start internship %s on %s: %s", caseReference, node.name(), started.body())
        .isEqualTo(200);
  }

  /**
   * Moves the month and site-visit timers of the internships to "due a moment ago" (not the plan's
   * end); returns how many.
   */
  public int makeTimersDue() {
    return database.update("""
        update act_ru_job set duedate_ = now() - interval '1 second'
        where type_ = 'timer' and process_def_key_ = 'internship'
          and (handler_cfg_ like 'month-passed%' or handler_cfg_ like 'site-visit%')""");
  }

  /** Jobs that are due (timers) or waiting to run (asynchronous continuations) and not failed for good. */
  public long jobsWaitingToRun() {
    return database.number("""
        select count(*) from act_ru_job
        where (duedate_ is null or duedate_ <= now()) and retries_ > 0 and suspension_state_ = 1""");
  }

  /**
   * Each of the cases' month and site-visit timers fired exactly once, and each case got exactly one
   * attendance report, one review and one site visit.
   */
  public void assertEveryTimerFiredOnceWithOneTaskEach(int cases) {
    assertThat(internshipsThatPassed(MONTH_PASSED)).isEqualTo(cases);
    assertThat(passedMoreThanOnce(MONTH_PASSED)).as("month timers that fired twice").isEmpty();
    assertThat(internshipsThatPassed(SITE_VISIT_DUE)).isEqualTo(cases);
    assertThat(passedMoreThanOnce(SITE_VISIT_DUE)).as("site-visit timers that fired twice").isEmpty();
    for (String task : List.of(REPORT_ATTENDANCE, INTERSERVICE_REVIEW, SITE_VISIT)) {
      assertThat(casesWithTask(task)).as("cases with a %s task", task).isEqualTo(cases);
      assertThat(casesWithTaskMoreThanOnce(task)).as("cases with two %s tasks", task).isEmpty();
    }
  }

  /** How many internships passed the element at least once. */
  public long internshipsThatPassed(String activityId) {
    return database.number("""
        select count(distinct proc_inst_id_) from act_hi_actinst
        where act_id_ = ? and end_time_ is not null""", activityId);
  }

  /** Internships that passed the element more than once: a timer that fired twice. */
  public List<String> passedMoreThanOnce(String activityId) {
    return database.column("""
        select proc_inst_id_ from act_hi_actinst where act_id_ = ?
        group by proc_inst_id_ having count(*) > 1""", String.class, activityId);
  }

  /** How many tasks with that key were created, for cases that have one. */
  public long casesWithTask(String taskKey) {
    return database.number("""
        select count(distinct p.business_key_) from act_hi_taskinst t
        join act_hi_procinst p on p.id_ = t.proc_inst_id_ where t.task_def_key_ = ?""", taskKey);
  }

  /** Cases for which a task with that key was created more than once. */
  public List<String> casesWithTaskMoreThanOnce(String taskKey) {
    return database.column("""
        select p.business_key_ from act_hi_taskinst t join act_hi_procinst p on p.id_ = t.proc_inst_id_
        where t.task_def_key_ = ? group by p.business_key_ having count(*) > 1""", String.class, taskKey);
  }

  public long incidents() {
    return database.number("select count(*) from act_ru_incident");
  }

  /** Jobs whose last run failed (waiting for a retry, or out of retries). */
  public long failedJobs() {
    return database.number("select count(*) from act_ru_job where exception_msg_ is not null or retries_ = 0");
  }

  /** A one-line summary for failure messages. */
  public String summary() {
    return "month-passed fired in %d internships, site visits due in %d, attendance tasks %d, review tasks %d;"
        .formatted(internshipsThatPassed(MONTH_PASSED), internshipsThatPassed(SITE_VISIT_DUE),
            casesWithTask(REPORT_ATTENDANCE), casesWithTask(INTERSERVICE_REVIEW))
        + " jobs waiting %d, failed %d, incidents %d".formatted(jobsWaitingToRun(), failedJobs(), incidents());
  }
}
