package org.rehabpath.casestatus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.rehabpath.support.CaseWalker;
import org.rehabpath.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** Programme managers read who did what to a case; nobody else does, and no clinical detail shows. */
@IntegrationTest
class CaseAuditTest {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine processEngine;

  @Test
  void aManagerReadsWhoReferredAndWhoCompletedEachTask() throws Exception {
    CaseWalker walker = CaseWalker.refer(rest, processEngine, "Alma", true);
    walker.includeAtSelection();
    walker.inventoryResources(true, 2, true);

    var response = rest.withBasicAuth("manager", "demo").getForEntity("/api/cases/" + walker.caseReference + "/audit", String.class);
    assertThat(response.getStatusCode().value()).isEqualTo(200);
    JsonNode trail = new ObjectMapper().readTree(response.getBody());
    assertThat(trail.get(0).get("action").asText()).isEqualTo("Referral received");
    assertThat(trail.get(0).get("user").asText()).isEqualTo("integration");
    assertThat(trail.findValuesAsText("user")).contains("sw-borlange", "ot-borlange", "lmo-borlange", "doctor-borlange");
    assertThat(trail.findValuesAsText("subject")).contains("Check consent and eligibility: Alma Walker");
    assertThat(response.getBody()).doesNotContain("Opioid", "HIV", "activeAddiction");
    // The doctor's step is in the trail, but the manager reads no name of the clinical record's tasks.
    assertThat(trail.findValuesAsText("subject")).contains("Clinical record").noneMatch(subject -> subject.contains("clinical findings"));
  }

  @Test
  void onlyProgrammeManagersOfTheCasesSiteReadTheTrail() throws Exception {
    CaseWalker walker = CaseWalker.refer(rest, processEngine, "Berit", true);
    for (String user : new String[] {"sw-borlange", "doctor-borlange", "integration", "host-coop"}) {
      assertThat(rest.withBasicAuth(user, "demo").getForEntity("/api/cases/" + walker.caseReference + "/audit", String.class)
          .getStatusCode().value()).as(user).isEqualTo(403);
    }
    assertThat(rest.withBasicAuth("manager", "demo").getForEntity("/api/cases/RC-1999-000000/audit", String.class)
        .getStatusCode().value()).isEqualTo(404);
  }
}
