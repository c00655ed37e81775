package org.rehabpath.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.rehabpath.support.CaseWalker;
import org.rehabpath.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An erasure is all or nothing: when its last step fails, the engine's instances and history, the
 * participant record, the payments and the internship place are as they were (the engine shares the
 * application's transaction). Retried, it succeeds; a case at its individual plan frees the place
 * taken at matching.
 */
@IntegrationTest
class ParticipantErasureRollbackTest {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine processEngine;
  @Autowired JdbcClient jdbc;

  /**
   * Makes the erasure's last step (writing its record) fail. A constraint rather than a mocked bean:
   * a bean override would start a second application, and with it a second engine named "default" in
   * Camunda's static registry, which the authentication filter of every later test would then use.
   */
  private void refuseErasureRecords(boolean refuse) {
    // Rows already there (other tests' erasures) pass; the next one, with a higher id, does not.
    long last = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM participant_erasure").query(Long.class).single();
    jdbc.sql(refuse
        ? "ALTER TABLE participant_erasure ADD CONSTRAINT ck_test_refuse_erasure CHECK (id <= " + last + ")"
        : "ALTER TABLE participant_erasure DROP CONSTRAINT ck_test_refuse_erasure").update();
  }

  private ResponseEntity<String> erase(String caseReference) {
    return rest.withBasicAuth("manager", "demo")
        .exchange("/api/participants/" + caseReference, HttpMethod.DELETE, null, String.class);
  }

  /** What the engine and the database hold of the case, in numbers and names. */
  private Map<String, Object> stateOf(String caseReference, long siteId) {
    var history = processEngine.getHistoryService();
    List<String> historic = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseReference)
        .list().stream().map(i -> i.getId()).toList();
    return Map.of(
        "running", processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseReference).count(),
        "historic", historic.size(),
        "decisions", historic.stream().mapToLong(id -> history.createHistoricDecisionInstanceQuery().processInstanceId(id).count()).sum(),
        "operations", historic.stream().mapToLong(id -> history.createUserOperationLogQuery().processInstanceId(id).count()).sum(),
        "variables", history.createHistoricVariableInstanceQuery().processInstanceIdIn(historic.toArray(String[]::new)).count(),
        "participant", jdbc.sql("select first_name from participant where case_reference = ?").param(caseReference).query(String.class).list(),
        "placesTaken", jdbc.sql("select places_taken from internship_site where id = ?").param(siteId).query(Integer.class).single(),
        "erasures", jdbc.sql("select count(*) from participant_erasure").query(Long.class).single());
  }

  @Test
  void aFailedErasureChangesNothingAndARetryErases() throws Exception {
    CaseWalker walker = CaseWalker.refer(rest, processEngine, "Rollo", true);
    walker.includeAtSelection();
    walker.inventoryResources(true, 3, false);
    walker.confirmPathway();
    long siteId = Long.parseLong(walker.findInternshipSite());
    Map<String, Object> before = stateOf(walker.caseReference, siteId);
    assertThat(before.get("participant")).isEqualTo(List.of("Rollo"));
    assertThat((Long) before.get("decisions")).isPositive();
    assertThat((Long) before.get("operations")).isPositive();

    ResponseEntity<String> failed;
    refuseErasureRecords(true);
    try {
      failed = erase(walker.caseReference);
    } finally {
      refuseErasureRecords(false);
    }

    assertThat(failed.getStatusCode().value()).isEqualTo(500);
    assertThat(new ObjectMapper().readTree(failed.getBody()).get("detail").asText()).contains("nothing was changed");
    assertThat(stateOf(walker.caseReference, siteId)).isEqualTo(before);

    ResponseEntity<String> retried = erase(walker.caseReference);

    assertThat(retried.getStatusCode().value()).as(retried.getBody()).isEqualTo(200);
    assertThat(new ObjectMapper().readTree(retried.getBody()).get("internshipPlaceFreed").asBoolean())
        .as("the place taken at matching, held during the individual plan").isTrue();
    Map<String, Object> after = stateOf(walker.caseReference, siteId);
    assertThat(after).containsEntry("running", 0L).containsEntry("historic", 0).containsEntry("participant", List.of())
        .containsEntry("placesTaken", (Integer) before.get("placesTaken") - 1)
        .containsEntry("erasures", (Long) before.get("erasures") + 1);
  }
}
