package org.rehabpath.activityplan;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.rehabpath.activityplan.ActivityPlan.Measure;
import org.rehabpath.interventions.InterventionsVariables;
import org.rehabpath.steps.StepRecords;
import org.rehabpath.steps.StepRecords.StepRecord;
import org.rehabpath.support.IntegrationTest;
import org.rehabpath.support.ProcessTestSupport;
import org.rehabpath.variables.CaseVariables;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code case-support} on its own, as the case starts it: the activity plan agreed at intake with a
 * supervisor and a baseline step, fortnightly follow-ups that move measures and record steps, the
 * community operator joining, a re-assessment started early, and support ending with the case. Each
 * refusal leaves the plan and the steps as they were.
 */
@IntegrationTest
class CaseSupportProcessTest extends ProcessTestSupport {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ActivityPlan plan;
  @Autowired StepRecords steps;

  ProcessInstance support;
  String caseReference;

  ProcessInstance startSupport(String name) {
    return startSupport(name, "borlange");
  }

  ProcessInstance startSupport(String name, String site) {
    Map<String, Object> variables = caseVariables(name);
    variables.put(CaseVariables.SERVICE_SITE.name(), site);
    caseReference = (String) variables.get(CaseVariables.CASE_REFERENCE.name());
    support = startPhase(SupportVariables.PROCESS_KEY, variables);
    return support;
  }

  Task openTask() {
    return taskService.createTaskQuery().processInstanceId(support.getId()).singleResult();
  }

  Map<String, Object> agreement(String supervisor, String operator, List<String> measures) {
    Map<String, Object> answers = new HashMap<>();
    answers.put("supervisor", supervisor);
    answers.put("communityOperator", operator);
    answers.put("baselineStep", "MOTIVATION");
    answers.put("agreedMeasures", json(measures));
    answers.put("agreedWithParticipant", true);
    return answers;
  }

  static Object json(List<String> values) {
    return Variables.objectValue(values).serializationDataFormat("application/json").create();
  }

  Measure measure(String kind) {
    return plan.measures(caseReference).stream().filter(m -> m.kind().equals(kind)).findFirst().orElseThrow();
  }

  void agreeThePlan() {
    taskService.complete(openTask().getId(), agreement("sw-borlange", null, List.of("EMPLOYER_CONTACT", "LANGUAGE_COURSE")));
  }

  @Test
  void thePlanIsAgreedAtIntakeAndEveryFortnightTheSupervisorFollowsItUp() {
    startSupport("Amira Hassan");
    assertThat(support).isWaitingAt("agree-activity-plan");
    assertThat(openTask()).hasName("Agree the activity plan: Amira Hassan")
        .hasCandidateGroup("social-workers").hasCandidateGroup("project-tutors");
    agreeThePlan();

    org.assertj.core.api.Assertions.assertThat(plan.supervision(caseReference)).get()
        .extracting(ActivityPlan.Supervision::supervisor).isEqualTo("sw-borlange");
    org.assertj.core.api.Assertions.assertThat(plan.measures(caseReference))
        .extracting(Measure::kind, Measure::status, Measure::ownerRole)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("EMPLOYER_CONTACT", MeasureStatus.AGREED, "labour-market-officers"),
            org.assertj.core.groups.Tuple.tuple("LANGUAGE_COURSE", MeasureStatus.AGREED, "social-workers"));
    org.assertj.core.api.Assertions.assertThat(steps.forCase(caseReference))
        .extracting(StepRecord::step, StepRecord::source)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("MOTIVATION", StepRecords.Source.INTAKE));
    assertThat(support).isWaitingAt("follow-up-due");

    moveClockAndRunDueJobs("P13D", support.getId());
    assertThat(support).as("every two weeks by default").isWaitingAt("follow-up-due");
    moveClockAndRunDueJobs("P1D", support.getId());
    assertThat(support).isWaitingAt("supervisor-follow-up");
    Task followUp = openTask();
    assertThat(followUp).hasName("Supervisor follow-up: Amira Hassan").isAssignedTo("sw-borlange")
        .hasCandidateGroupAssociated("social-workers");
    org.assertj.core.api.Assertions.assertThat(followUp.getDueDate()).isNotNull();
    org.assertj.core.api.Assertions.assertThat(runtimeService.getVariable(support.getId(), "openMeasureOptions").toString())
        .contains("Language course", "Employer contact from the first day");

    Map<String, Object> answers = new HashMap<>();
    answers.put("measuresUnderWay", json(List.of(String.valueOf(measure("LANGUAGE_COURSE").id()))));
    answers.put("measuresCompleted", json(List.of(String.valueOf(measure("EMPLOYER_CONTACT").id()))));
    answers.put("stepReached", "REGULAR_ACTIVITY");
    answers.put("followUpNote", "Attends the language course twice a week");
    answers.put("newMeasureKind", "HEALTH_AND_LIFESTYLE");
    answers.put("newMeasureProvider", "Borlänge health centre");
    answers.put("newMeasureStartsOn", "2027-01-11");
    taskService.complete(followUp.getId(), answers);

    org.assertj.core.api.Assertions.assertThat(plan.measures(caseReference))
        .extracting(Measure::kind, Measure::status, Measure::provider)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("EMPLOYER_CONTACT", MeasureStatus.COMPLETED, null),
            org.assertj.core.groups.Tuple.tuple("LANGUAGE_COURSE", MeasureStatus.UNDER_WAY, null),
            org.assertj.core.groups.Tuple.tuple("HEALTH_AND_LIFESTYLE", MeasureStatus.AGREED, "Borlänge health centre"));
    org.assertj.core.api.Assertions.assertThat(measure("EMPLOYER_CONTACT").endsOn()).as("a completed measure ends that day").isNotNull();
    org.assertj.core.api.Assertions.assertThat(steps.forCase(caseReference))
        .extracting(StepRecord::step, StepRecord::source)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("MOTIVATION", StepRecords.Source.INTAKE),
            org.assertj.core.groups.Tuple.tuple("REGULAR_ACTIVITY", StepRecords.Source.FOLLOW_UP));
    assertThat(support).isWaitingAt("follow-up-due").variables()
        .as("the next follow-up starts empty").doesNotContainKeys("measuresUnderWay", "stepReached", "followUpNote", "newMeasureKind");

    moveClockAndRunDueJobs("P14D", support.getId());
    org.assertj.core.api.Assertions.assertThat(runtimeService.getVariable(support.getId(), "lastStep"))
        .as("the second follow-up shows the step of the first").isEqualTo("REGULAR_ACTIVITY");
    org.assertj.core.api.Assertions.assertThat(runtimeService.getVariable(support.getId(), "openMeasureOptions").toString())
        .as("a completed measure is no longer followed up").doesNotContain("Employer contact").contains("Health and lifestyle");
  }

  @Test
  void aSupervisorWhoIsNotStaffOfTheSiteOrAPlanNotAgreedWithTheParticipantIsRefusedAndNothingIsRecorded() {
    startSupport("Bo Lind");
    String task = openTask().getId();
    for (String notAStaffSupervisor : List.of("host-coop", "sw-falun", "nobody")) {
      assertThatThrownBy(() -> taskService.complete(task, agreement(notAStaffSupervisor, null, List.of("LANGUAGE_COURSE"))))
          .as(notAStaffSupervisor).hasMessageContaining("supervisor must be the user name of a social worker");
    }
    Map<String, Object> notAgreed = agreement("sw-borlange", null, List.of("LANGUAGE_COURSE"));
    notAgreed.put("agreedWithParticipant", false);
    assertThatThrownBy(() -> taskService.complete(task, notAgreed)).hasMessageContaining("agreed with the participant");
    Map<String, Object> notOnTheLadder = agreement("sw-borlange", null, List.of());
    notOnTheLadder.put("baselineStep", "ASTRONAUT");
    assertThatThrownBy(() -> taskService.complete(task, notOnTheLadder)).hasMessageContaining("'Step at intake' must be one of");
    assertThatThrownBy(() -> taskService.complete(task, agreement("sw-borlange", "tutor-borlange", List.of())))
        .as("a community operator is one").hasMessageContaining("therapeutic-community operator");

    assertThat(support).isWaitingAt("agree-activity-plan");
    org.assertj.core.api.Assertions.assertThat(plan.supervision(caseReference)).isEmpty();
    org.assertj.core.api.Assertions.assertThat(plan.measures(caseReference)).isEmpty();
    org.assertj.core.api.Assertions.assertThat(steps.forCase(caseReference)).isEmpty();
  }

  @Test
  void aMeasureGivenTwoStatusesOrNotOfTheCaseIsRefusedAndThePlanStaysAsItWas() {
    startSupport("Cecilia Berg");
    agreeThePlan();
    moveClockAndRunDueJobs("P14D", support.getId());
    String task = openTask().getId();
    String language = String.valueOf(measure("LANGUAGE_COURSE").id());

    Map<String, Object> twice = Map.of("measuresUnderWay", json(List.of(language)),
        "measuresDiscontinued", json(List.of(language)), "stepReached", "MOTIVATION");
    assertThatThrownBy(() -> taskService.complete(task, twice)).hasMessageContaining("chosen twice");
    Map<String, Object> foreign = Map.of("measuresCompleted", json(List.of("999999999")), "stepReached", "MOTIVATION");
    assertThatThrownBy(() -> taskService.complete(task, foreign))
        .as("the form offers the case's open measures only").hasMessageContaining("'Measures completed' may only contain");
    Map<String, Object> agreedAgain = Map.of("measuresAgreed", json(List.of(language)), "stepReached", "MOTIVATION");
    assertThatThrownBy(() -> taskService.complete(task, agreedAgain)).hasMessageContaining("already agreed");
    Map<String, Object> endsFirst = Map.of("stepReached", "MOTIVATION", "newMeasureKind", "DEBT_AND_BENEFITS_ADVICE",
        "newMeasureStartsOn", "2027-03-01", "newMeasureEndsOn", "2027-02-01");
    assertThatThrownBy(() -> taskService.complete(task, endsFirst)).hasMessageContaining("ends before it starts");

    assertThat(support).isWaitingAt("supervisor-follow-up");
    org.assertj.core.api.Assertions.assertThat(plan.measures(caseReference)).extracting(Measure::status)
        .containsExactly(MeasureStatus.AGREED, MeasureStatus.AGREED);
    org.assertj.core.api.Assertions.assertThat(steps.forCase(caseReference)).hasSize(1);
  }

  @Test
  void theCommunityOperatorNamedOnTheCaseJoinsItsFollowUps() {
    startSupport("Matteo Ferri", "asl-vco");
    taskService.complete(openTask().getId(), agreement("tutor-vco", "operator-vco", List.of("TREATMENT_FOLLOW_UP")));
    moveClockAndRunDueJobs("P14D", support.getId());
    assertThat(openTask()).hasCandidateUserAssociated("operator-vco").isAssignedTo("tutor-vco");
  }

  @Test
  void onTheOtherInterventionsPathTheSupervisorStartsTheReassessmentWithoutWaitingSixMonths() {
    startSupport("Erik Nyström");
    agreeThePlan();
    moveClockAndRunDueJobs("P14D", support.getId());
    String task = openTask().getId();
    Map<String, Object> notWaiting = Map.of("stepReached", "MOTIVATION", "reassessNow", true);
    assertThatThrownBy(() -> taskService.complete(task, notWaiting))
        .as("no case waits for a re-assessment yet").hasMessageContaining("other-interventions path");

    Map<String, Object> interventionsVariables = new HashMap<>(Map.of(
        CaseVariables.CASE_REFERENCE.name(), caseReference, CaseVariables.SERVICE_SITE.name(), "borlange",
        CaseVariables.PARTICIPANT_NAME.name(), "Erik Nyström", "supportNeed", "HIGH", "workCapacity", 0,
        "socialNetwork", "WEAK", "housingSituation", "STABLE", "languageSupportNeeded", false, "motivated", false));
    ProcessInstance interventions = startPhase("other-interventions", interventionsVariables);
    taskService.complete(taskService.createTaskQuery().processInstanceId(interventions.getId()).singleResult().getId(),
        Map.of(InterventionsVariables.INTERVENTIONS_REFERRED.name(), json(List.of("CLINICAL_CARE")),
            InterventionsVariables.REFERRAL_NOTES.name(), "Booked"));
    assertThat(interventions).isWaitingAt("reassess-when");

    taskService.complete(task, notWaiting);
    assertThat(interventions).isEnded().hasPassed("reassessment-requested", "reassessment-started")
        .hasNotPassed("reassessment-due", "offer-reassessment")
        .variables().containsEntry(InterventionsVariables.REASSESSMENT_ACCEPTED.name(), true);
    assertThat(support).isWaitingAt("follow-up-due");
  }

  @Autowired GroupActivities groups;

  @Test
  void atAFollowUpTheParticipantJoinsAGroupOfTheSiteOnce() {
    startSupport("Gunilla Berg");
    agreeThePlan();
    long jobClub = groups.create(new GroupActivities.GroupActivity(0, "borlange", "Job club, Thursdays", "GROUP_ACTIVITY",
        "tutor-borlange", java.time.LocalDate.now().plusDays(30), 4), null);
    moveClockAndRunDueJobs("P14D", support.getId());
    org.assertj.core.api.Assertions.assertThat(runtimeService.getVariable(support.getId(), "groupOptions").toString())
        .contains("Job club, Thursdays");
    taskService.complete(openTask().getId(), Map.of("stepReached", "MOTIVATION", "groupToJoin", String.valueOf(jobClub)));
    org.assertj.core.api.Assertions.assertThat(measure("GROUP_ACTIVITY").groupName()).isEqualTo("Job club, Thursdays");
    org.assertj.core.api.Assertions.assertThat(plan.membersOf(jobClub)).containsExactly(caseReference);

    moveClockAndRunDueJobs("P14D", support.getId());
    String again = openTask().getId();
    assertThatThrownBy(() -> taskService.complete(again, Map.of("stepReached", "MOTIVATION", "groupToJoin", String.valueOf(jobClub))))
        .hasMessageContaining("already a member");
    org.assertj.core.api.Assertions.assertThat(plan.measures(caseReference)).hasSize(3);
  }

  @Test
  void supportEndsWithTheCase() {
    startSupport("Fatima Ali");
    agreeThePlan();
    runtimeService.createMessageCorrelation(SupportVariables.MESSAGE_CASE_CLOSED).processInstanceBusinessKey(caseReference)
        .correlateAll();
    assertThat(support).isEnded().hasPassed("case-closed-received", "support-ended");
    org.assertj.core.api.Assertions.assertThat(plan.measures(caseReference)).as("the plan stays on record").hasSize(2);
  }
}
