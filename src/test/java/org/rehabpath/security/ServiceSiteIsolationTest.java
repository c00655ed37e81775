package org.rehabpath.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.rehabpath.support.CaseWalker;
import org.rehabpath.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.camunda.bpm.engine.ProcessEngine;

/** A social worker of Falun sees nothing of a Borlänge case through the engine REST API, not even a count. */
@IntegrationTest
class ServiceSiteIsolationTest {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine processEngine;

  long count(String user, String path) throws Exception {
    var response = rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
    assertThat(response.getStatusCode().value()).as("%s %s", user, path).isEqualTo(200);
    return new ObjectMapper().readTree(response.getBody()).get("count").asLong();
  }

  @Test
  void aBorlangeCaseIsInvisibleToFalun() throws Exception {
    CaseWalker walker = CaseWalker.refer(rest, processEngine, "Zara", true);
    String ref = walker.caseReference;
    String instance = walker.mainInstance().getId();

    assertThat(count("sw-borlange", "/engine-rest/task/count?processInstanceBusinessKey=" + ref)).isOne();
    for (String path : new String[] {
        "/engine-rest/task/count?processInstanceBusinessKey=" + ref,
        "/engine-rest/process-instance/count?businessKey=" + ref,
        "/engine-rest/history/process-instance/count?processInstanceBusinessKey=" + ref,
        "/engine-rest/history/task/count?processInstanceBusinessKey=" + ref,
        "/engine-rest/history/variable-instance/count?processInstanceId=" + instance,
        "/engine-rest/variable-instance/count?processInstanceIdIn=" + instance}) {
      assertThat(count("sw-falun", path)).as(path).isZero();
    }
    assertThat(rest.withBasicAuth("sw-falun", "demo").getForEntity("/api/cases/" + ref, String.class).getStatusCode().value())
        .isEqualTo(404);
  }
}
