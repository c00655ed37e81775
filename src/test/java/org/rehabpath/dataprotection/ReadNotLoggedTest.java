package org.rehabpath.dataprotection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rehabpath.support.CaseWalker;
import org.rehabpath.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * When a read cannot be logged, its data is not sent: the user gets a 503 with a problem body and
 * nothing of the case, from the project's API and from the engine REST API alike.
 */
@IntegrationTest
class ReadNotLoggedTest {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine processEngine;
  @MockitoSpyBean ReadLog readLog;

  @AfterEach
  void logWorksAgain() {
    reset(readLog);
  }

  @Test
  void aReadThatCannotBeLoggedIsNotSent() throws Exception {
    CaseWalker walker = CaseWalker.refer(rest, processEngine, "Unlogged", true);
    String task = walker.openTaskId("check-consent-and-eligibility");
    ResponseEntity<String> whileLogging = rest.withBasicAuth("manager", "demo").getForEntity("/api/cases/" + walker.caseReference, String.class);
    assertThat(whileLogging.getBody()).as("the answer names the participant while the log works").contains("Unlogged");
    doThrow(new DataAccessResourceFailureException("The read log's table cannot be written"))
        .when(readLog).record(any(), any(), any());

    ResponseEntity<String> status = rest.withBasicAuth("manager", "demo").getForEntity("/api/cases/" + walker.caseReference, String.class);
    ResponseEntity<String> engineTask = rest.withBasicAuth("sw-borlange", "demo").getForEntity("/engine-rest/task/" + task, String.class);

    for (ResponseEntity<String> withheld : java.util.List.of(status, engineTask)) {
      assertThat(withheld.getStatusCode().value()).as(withheld.getBody()).isEqualTo(503);
      assertThat(withheld.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
      assertThat(withheld.getBody()).contains("Read not logged").doesNotContain("Unlogged", "Exception");
    }
  }
}
