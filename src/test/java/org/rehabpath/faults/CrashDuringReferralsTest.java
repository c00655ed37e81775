package org.rehabpath.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.rehabpath.support.ApplicationNode;
import org.rehabpath.support.Await;
import org.rehabpath.support.Closing;
import org.rehabpath.support.NodeDatabase;
import org.rehabpath.support.PostgresAvailability;

/**
 * The application is killed (SIGKILL: a power cut, the kernel's OOM killer) while referrals pour in,
 * and started again. A referral answered 201 is a case for good; one that got no answer is sent
 * again and answers 201 or 409 with its case; no referral makes two cases, none leaves half a case
 * (a participant without its process or the reverse), and every case goes on to its next phase.
 */
@Tag("nodes")
@ExtendWith(PostgresAvailability.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class CrashDuringReferralsTest {

  private static final int CLIENTS = 6;
  private static final ObjectMapper JSON = new ObjectMapper();

  private NodeDatabase database;
  private ApplicationNode node;

  @AfterEach
  void cleanUp() throws Exception {
    Closing.inOrder(node, database);
  }

  @Test
  void everyAnsweredReferralIsOneCaseThatContinuesAfterACrash() throws Exception {
    FaultTimings timings = FaultTimings.fromSystemProperties();
    database = NodeDatabase.create("crash");
    node = ApplicationNode.onPostgres("crash", database.jdbcUrl()).start();

    ReferralLoad load = new ReferralLoad(node, "CRASH", CLIENTS);
    ApplicationNode crashing = node;
    Await.until(timings.crashAfterReferrals() + " referrals accepted", timings.timeToReachTheCrash(),
        () -> load.createdCount() >= timings.crashAfterReferrals(),
        () -> load.summary() + "\n" + crashing.logTail(40));
    node.kill();
    load.close();
    assertThat(load.refused()).as("referrals refused before the crash").isEmpty();
    assertThat(load.unanswered()).as("referrals in flight when the node died").isNotEmpty();

    node = node.restart();
    Map<String, String> cases = new HashMap<>(load.created());
    int receivedBeforeTheCrash = 0;
    for (String reference : load.unanswered()) {
      HttpResponse<String> retry = node.post("integration", "/api/referrals", ReferralLoad.body(reference));
      assertThat(retry.statusCode()).as("referral %s sent again: %s", reference, retry.body()).isIn(201, 409);
      cases.put(reference, ReferralLoad.caseReference(retry));
      receivedBeforeTheCrash += retry.statusCode() == 409 ? 1 : 0;
    }

    assertThat(database.number("select count(*) from participant")).as("participant records").isEqualTo(cases.size());
    assertThat(database.column("select referrer_reference from participant", String.class))
        .as("referrals on record").containsExactlyInAnyOrderElementsOf(cases.keySet());
    assertThat(database.column("""
            select case_reference from participant p where not exists (
              select 1 from act_ru_execution e
              where e.id_ = p.process_instance_id and e.business_key_ = p.case_reference)""", String.class))
        .as("participants whose case process is missing").isEmpty();
    assertThat(database.number("""
            select count(*) from act_hi_procinst where proc_def_key_ = 'rehabilitation-case'"""))
        .as("case processes").isEqualTo(cases.size());
    assertThat(cases.values()).as("case references").doesNotHaveDuplicates();

    for (Map.Entry<String, String> referral : cases.entrySet()) {
      assertThat(phase(referral.getValue())).as("case of referral %s", referral.getKey()).isEqualTo("Selection");
      includeAtIntake(referral.getValue());
      assertThat(phase(referral.getValue())).as("case of referral %s after the intake", referral.getKey())
          .isEqualTo("Resource inventory");
    }
    System.out.printf("[crash] %d referrals accepted before the kill; %d in flight, sent again: %d of them"
        + " had been saved (409), the others were not (201)%n",
        load.createdCount(), load.unanswered().size(), receivedBeforeTheCrash);
  }

  private String phase(String caseReference) throws Exception {
    HttpResponse<String> status = node.get("integration", "/api/cases/" + caseReference);
    assertThat(status.statusCode()).as("status of %s: %s", caseReference, status.body()).isEqualTo(200);
    return JSON.readTree(status.body()).get("phase").asText();
  }

  /** The social worker checks consent and eligibility: the case moves on to the resource inventory. */
  private void includeAtIntake(String caseReference) throws Exception {
    List<String> intake = database.column("""
        select t.id_ from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_
        where t.task_def_key_ = 'check-consent-and-eligibility' and e.business_key_ = ?""", String.class,
        caseReference);
    assertThat(intake).as("intake task of %s", caseReference).hasSize(1);
    HttpResponse<String> completed = node.post("sw-borlange", "/engine-rest/task/" + intake.get(0) + "/complete", """
        {"variables": {"consentGiven": {"value": true, "type": "Boolean"},
                       "eligible": {"value": true, "type": "Boolean"},
                       "eligibilityNotes": {"value": "Long-term social assistance", "type": "String"}}}""");
    assertThat(completed.statusCode()).as("intake of %s: %s", caseReference, completed.body()).isEqualTo(204);
  }
}
