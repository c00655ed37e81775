package org.rehabpath.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.rehabpath.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** Programme managers deploy models as Camunda Modeler does (engine REST, multipart); nobody else may. */
@IntegrationTest
class ModelDeploymentTest {

  @Autowired TestRestTemplate rest;
  @Autowired RepositoryService repositoryService;

  ResponseEntity<String> deploy(String user, String fileName, byte[] content) {
    var body = new LinkedMultiValueMap<String, Object>();
    body.add("deployment-name", "Changed by the programme manager");
    body.add("deploy-changed-only", "false");
    body.add("data", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth(user, "demo").postForEntity("/engine-rest/deployment/create", new HttpEntity<>(body, headers), String.class);
  }

  long decisionVersions() {
    return repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("work-grant").count();
  }

  @Test
  void aProgrammeManagerDeploysAChangedDecisionTable() throws Exception {
    long before = decisionVersions();
    byte[] table = Files.readAllBytes(Path.of("processes/work-grant.dmn"));
    ResponseEntity<String> response = deploy("manager", "work-grant.dmn", table);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(decisionVersions()).isEqualTo(before + 1);
  }

  @Test
  void otherRolesMayNotDeploy() throws Exception {
    long before = decisionVersions();
    byte[] table = Files.readAllBytes(Path.of("processes/work-grant.dmn"));
    for (String user : new String[] {"sw-borlange", "doctor-borlange", "team-borlange", "host-coop", "integration"}) {
      assertThat(deploy(user, "work-grant.dmn", table).getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(decisionVersions()).isEqualTo(before);
  }

  @Test
  void aBrokenModelIsRefusedWithTheParsersMessageAndChangesNothing() {
    long deployments = repositoryService.createDeploymentQuery().count();
    ResponseEntity<String> response = deploy("manager", "routing.bpmn",
        "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"><process id=\"routing\" isExecutable=\"true\"><startEvent id=\"start\"/><sequenceFlow id=\"f\" sourceRef=\"start\" targetRef=\"missing\"/></process></definitions>".getBytes());
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("missing");
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
  }
}
