package org.rehabpath.dataprotection;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rehabpath.support.CaseWalker;
import org.rehabpath.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * When a read cannot be logged, its data is not sent: the user gets a 503 with a problem body and
 * nothing of the case, from the project's API and from the engine REST API alike. The log is made to
 * fail by giving it, for the test, a database that cannot be reached (in the shared application: a
 * second application in the same JVM would start a second engine named like the first).
 */
@IntegrationTest
class ReadNotLoggedTest {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine processEngine;
  @Autowired ReadLog readLog;
  private JdbcClient working;

  @AfterEach
  void logWorksAgain() {
    if (working != null) {
      Object log = AopTestUtils.getUltimateTargetObject(readLog);
      ReflectionTestUtils.setField(log, "jdbc", working);
    }
  }

  private void breakTheLog() {
    Object log = AopTestUtils.getUltimateTargetObject(readLog);
    working = (JdbcClient) ReflectionTestUtils.getField(log, "jdbc");
    ReflectionTestUtils.setField(log, "jdbc",
        JdbcClient.create(new DriverManagerDataSource("jdbc:h2:mem:no-read-log;IFEXISTS=TRUE")));
  }

  @Test
  void aReadThatCannotBeLoggedIsNotSent() throws Exception {
    CaseWalker walker = CaseWalker.refer(rest, processEngine, "Unlogged", true);
    String task = walker.openTaskId("check-consent-and-eligibility");
    ResponseEntity<String> whileLogging = rest.withBasicAuth("manager", "demo").getForEntity("/api/cases/" + walker.caseReference, String.class);
    assertThat(whileLogging.getBody()).as("the answer names the participant while the log works").contains("Unlogged");
    breakTheLog();

    ResponseEntity<String> status = rest.withBasicAuth("manager", "demo").getForEntity("/api/cases/" + walker.caseReference, String.class);
    ResponseEntity<String> engineTask = rest.withBasicAuth("sw-borlange", "demo").getForEntity("/engine-rest/task/" + task, String.class);

    for (ResponseEntity<String> withheld : java.util.List.of(status, engineTask)) {
      assertThat(withheld.getStatusCode().value()).as(withheld.getBody()).isEqualTo(503);
      assertThat(withheld.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
      assertThat(withheld.getBody()).contains("Read not logged").doesNotContain("Unlogged", "Exception");
    }
  }
}
