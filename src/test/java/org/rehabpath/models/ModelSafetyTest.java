package org.rehabpath.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.rehabpath.engine.ModelDeploymentCheck;
import org.rehabpath.engine.ModelSafetyPlugin;
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

/**
 * A programme manager deploys models from Camunda Modeler; a model that could run anything but the
 * project's model beans is refused with a 400 naming the element, in every tenant, and nothing is
 * deployed. Managers deploy into no tenant or their own sites only.
 */
@IntegrationTest
class ModelSafetyTest {

  @Autowired TestRestTemplate rest;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;
  @Autowired ProcessEngineConfigurationImpl engineConfiguration;

  static final String BPMN_HEAD = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
          xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs" targetNamespace="http://rehabpath.org/test">
      """;

  /** A process with a timer start (it would run with no user) and one service task. */
  static String processWith(String key, String serviceTaskAttributes, String extension) {
    return BPMN_HEAD + """
          <bpmn:process id="%s" name="Test" isExecutable="true" camunda:historyTimeToLive="P1825D">
            <bpmn:startEvent id="start" name="Every minute">
              <bpmn:timerEventDefinition><bpmn:timeCycle>R/PT1M</bpmn:timeCycle></bpmn:timerEventDefinition>
            </bpmn:startEvent>
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="work" />
            <bpmn:serviceTask id="work" name="Do the work" %s>%s</bpmn:serviceTask>
            <bpmn:sequenceFlow id="f2" sourceRef="work" targetRef="end" />
            <bpmn:endEvent id="end" name="Done" />
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(key, serviceTaskAttributes, extension);
  }

  ResponseEntity<String> deploy(String user, String fileName, String content, String tenant) {
    var body = new LinkedMultiValueMap<String, Object>();
    body.add("deployment-name", "From Camunda Modeler");
    body.add("deploy-changed-only", "false");
    if (tenant != null) {
      body.add("tenant-id", tenant);
    }
    body.add("data", new ByteArrayResource(content.getBytes()) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return rest.withBasicAuth(user, "demo")
        .postForEntity("/engine-rest/deployment/create", new HttpEntity<>(body, headers), String.class);
  }

  List<String> managersGroups() {
    return identityService.createGroupQuery().groupMember("manager").list().stream().map(Group::getId).sorted().toList();
  }

  void assertRefused(ResponseEntity<String> response, HttpStatus status, String... mentions) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
    assertThat(response.getBody()).contains(mentions).doesNotContain("at org.");
  }

  @Test
  void aModelCallingAnEngineServiceIsRefusedAndTheManagerStaysAManager() {
    List<String> groups = managersGroups();
    long deployments = repositoryService.createDeploymentQuery().count();
    for (String tenant : new String[] {null, "borlange"}) {
      ResponseEntity<String> response = deploy("manager", "takeover.bpmn", processWith("takeover",
          "camunda:expression=\"${identityService.createMembership('manager','camunda-admin')}\"", ""), tenant);
      assertRefused(response, HttpStatus.BAD_REQUEST, "'work' (Do the work)", "identityService", "model beans");
    }
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("takeover").count()).isZero();
    assertThat(managersGroups()).isEqualTo(groups).doesNotContain("camunda-admin");
  }

  @Test
  void everyWayToCodeIsRefused() {
    long deployments = repositoryService.createDeploymentQuery().count();
    record Attempt(String attributes, String extension, String mention) {}
    List<Attempt> attempts = List.of(
        new Attempt("camunda:expression=\"${execution.processEngineServices.historyService.createHistoricVariableInstanceQuery().list()}\"", "", "historyService"),
        new Attempt("camunda:expression=\"${execution.getProcessEngineServices()}\"", "", "getProcessEngineServices"),
        new Attempt("camunda:expression=\"${participantName.getClass().forName('java.lang.Runtime')}\"", "", "getClass"),
        new Attempt("camunda:expression=\"${participantName['class']}\"", "", "'class'"),
        new Attempt("camunda:expression=\"${execution.processEngine}\"", "", "processEngine"),
        new Attempt("camunda:expression=\"${participantErasure.erase('RC-1')}\"", "", "participantErasure"),
        new Attempt("camunda:class=\"org.camunda.bpm.engine.impl.bpmn.behavior.NoneEndEventActivityBehavior\"", "", "camunda:class"),
        new Attempt("camunda:delegateExpression=\"${identityService}\"", "", "delegates to ${identityService}"),
        new Attempt("camunda:expression=\"${caseRegistration}\"",
            "<bpmn:extensionElements><camunda:executionListener event=\"start\"><camunda:script scriptFormat=\"javascript\">java.lang.System.exit(1)</camunda:script></camunda:executionListener></bpmn:extensionElements>",
            "script"),
        new Attempt("camunda:expression=\"${caseRegistration}\"",
            "<bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name=\"x\">${execution.processEngineServices}</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements>",
            "processEngineServices"),
        new Attempt("camunda:type=\"connector\"",
            "<bpmn:extensionElements><camunda:connector><camunda:connectorId>http-connector</camunda:connectorId></camunda:connector></bpmn:extensionElements>",
            "connector"),
        new Attempt("camunda:expression=\"${caseRegistration}\"",
            "<bpmn:extensionElements><camunda:executionListener class=\"java.lang.Object\" event=\"start\" /></bpmn:extensionElements>",
            "camunda:class"),
        new Attempt("camunda:expression=\"${stepRecorder.getClass().name}\"", "", "getClass"),
        new Attempt("camunda:expression=\"${stepRecorder.toString()}\"", "", "not one of its own methods"),
        new Attempt("camunda:expression=\"${stepRecorder.wait(100000)}\"", "", "not one of its own methods"),
        new Attempt("camunda:expression=\"${stepRecorder.review(participantName.getClass())}\"", "", "getClass"),
        new Attempt("camunda:expression=\"${pathwaySettings.class}\"", "", "'class'"),
        new Attempt("camunda:expression=\"${pathwaySettings.followUpAfter.bytes}\"", "", "'bytes'"),
        new Attempt("camunda:expression=\"${dateTime().chronology}\"", "", "'chronology'"),
        new Attempt("camunda:expression=\"${pathwaySettings}\" camunda:resultVariable=\"out\"", "", "as a value"));
    for (Attempt attempt : attempts) {
      ResponseEntity<String> response = deploy("manager", "attempt.bpmn", processWith("attempt", attempt.attributes(), attempt.extension()), null);
      assertRefused(response, HttpStatus.BAD_REQUEST, attempt.mention());
    }
    String scriptTask = BPMN_HEAD + """
          <bpmn:process id="attempt" isExecutable="true">
            <bpmn:startEvent id="start" /><bpmn:sequenceFlow id="f" sourceRef="start" targetRef="run" />
            <bpmn:scriptTask id="run" name="Run" scriptFormat="groovy"><bpmn:script>"rm -rf /".execute()</bpmn:script></bpmn:scriptTask>
          </bpmn:process></bpmn:definitions>""";
    assertRefused(deploy("manager", "attempt.bpmn", scriptTask, null), HttpStatus.BAD_REQUEST, "'run' (Run)", "script");
    String listeners = BPMN_HEAD + """
          <bpmn:process id="attempt" isExecutable="true" camunda:historyTimeToLive="P1D">
            <bpmn:startEvent id="start" /><bpmn:sequenceFlow id="f" sourceRef="start" targetRef="ask" />
            <bpmn:userTask id="ask" name="Ask" camunda:formHandlerClass="java.lang.Object">
              <bpmn:extensionElements>
                <camunda:taskListener class="java.lang.Thread" event="create"><camunda:field name="name" stringValue="x" /></camunda:taskListener>
                <camunda:taskListener delegateExpression="${identityService}" event="complete" />
              </bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:sequenceFlow id="g" sourceRef="ask" targetRef="call" />
            <bpmn:callActivity id="call" calledElement="selection" camunda:variableMappingClass="java.lang.Object"
                camunda:variableMappingDelegateExpression="${identityService}" />
          </bpmn:process></bpmn:definitions>""";
    ResponseEntity<String> refused = deploy("manager", "attempt.bpmn", listeners, null);
    assertRefused(refused, HttpStatus.BAD_REQUEST, "camunda:class", "camunda:formHandlerClass", "camunda:variableMappingClass",
        "delegates to ${identityService}");
    for (String form : List.of(
        "{\"id\": \"x\", \"components\": [{\"type\": \"html\", \"id\": \"h\", \"content\": \"<img src=x onerror=alert(1)>\"}]}",
        "{\"id\": \"x\", \"components\": [{\"type\": \"iframe\", \"id\": \"i\", \"url\": \"https://evil.example/\"}]}",
        "{\"id\": \"x\", \"components\": [{\"type\": \"image\", \"id\": \"m\", \"source\": \"https://evil.example/p.png\"}]}",
        "{\"id\": \"x\", \"components\": [{\"type\": \"text\", \"id\": \"t\", \"text\": \"<script>alert(1)</script>\"}]}",
        "{\"id\": \"x\", \"components\": [{\"type\": \"text\", \"text\": \"\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\"}]}",
        "{\"id\": \"x\", \"components\": [{\"type\": \"text\", \"text\": \"<img src=x onerror=alert(1)>\"}]}",
        "{\"id\": \"x\", \"components\": [{\"type\": \"textfield\", \"key\": \"a\", \"description\": \"<svg onload=alert(1)>\"}]}",
        "{\"id\": \"x\", \"components\": [{\"type\": \"text\", \"text\": \"![x](https://evil.example/track.png)\"}]}",
        "{\"id\": \"x\", \"components\": [{\"type\": \"text\", \"text\": \"[x](javascript&#58;alert(1))\"}]}",
        "{\"id\": \"x\", \"components\": [{\"type\": \"text\", \"text\": \"[x](data:text/html,abc)\"}]}",
        "{\"id\": \"x\", \"components\": [{\"type\": \"text\", \"text\": \"=\\\"<scr\\\" + \\\"ipt>\\\"\"}]}",
        "{\"id\": \"x\", \"components\": [{\"type\": \"HTML\", \"content\": \"hello\"}]}")) {
      assertRefused(deploy("manager", "embedded.form", form, null), HttpStatus.BAD_REQUEST, "embedded.form");
    }
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
  }

  @Test
  void theClinicalRecordStaysOutOfAManagersReach() throws Exception {
    long deployments = repositoryService.createDeploymentQuery().count();
    String harmless = processWith("harmless", "camunda:expression=\"${pathwaySettings.followUpAfter}\"", "");
    assertRefused(deploy("manager", "harmless.bpmn", harmless, "borlange-clinical"), HttpStatus.FORBIDDEN, "clinical record");
    assertRefused(deploy("manager", "harmless.bpmn", harmless, "mora"), HttpStatus.FORBIDDEN, "mora");
    String clinical = Files.readString(Path.of("processes/clinical-assessment.bpmn"));
    assertRefused(deploy("manager", "clinical-assessment.bpmn", clinical, null), HttpStatus.BAD_REQUEST, "administrator");
    String clinicalTable = Files.readString(Path.of("processes/clinical-support-need.dmn"));
    assertRefused(deploy("manager", "clinical-support-need.dmn", clinicalTable, null), HttpStatus.BAD_REQUEST, "administrator");
    String inventory = Files.readString(Path.of("processes/resource-inventory.bpmn"));
    String leaking = inventory.replace("<camunda:out source=\"supportNeed\" target=\"supportNeed\" />",
        "<camunda:out variables=\"all\" />");
    assertThat(leaking).isNotEqualTo(inventory);
    assertRefused(deploy("manager", "resource-inventory.bpmn", leaking, null), HttpStatus.BAD_REQUEST, "support need");
    // One finding mapped out beside the two conclusions is as much a leak.
    String oneFinding = inventory.replace("<camunda:out source=\"clinicalTargetGroup\" target=\"clinicalTargetGroup\" />",
        "<camunda:out source=\"clinicalTargetGroup\" target=\"clinicalTargetGroup\" /><camunda:out source=\"treatmentEnding\" target=\"treatmentEnding\" />");
    assertThat(oneFinding).isNotEqualTo(inventory);
    assertRefused(deploy("manager", "resource-inventory.bpmn", oneFinding, null), HttpStatus.BAD_REQUEST,
        "support need and the clinical target group (supportNeed, clinicalTargetGroup)");
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
  }

  @Test
  void theClinicalRecordIsCalledFromACaseOfAServiceSiteOnly() {
    String caller = BPMN_HEAD + """
          <bpmn:process id="clinical-caller" name="Calls the clinical record" isExecutable="true" camunda:historyTimeToLive="P1D">
            <bpmn:startEvent id="start" /><bpmn:sequenceFlow id="f" sourceRef="start" targetRef="call" />
            <bpmn:callActivity id="call" name="Clinical assessment" calledElement="clinical-assessment">
              <bpmn:extensionElements><camunda:in variables="all" /><camunda:out source="supportNeed" target="supportNeed" /></bpmn:extensionElements>
            </bpmn:callActivity>
          </bpmn:process></bpmn:definitions>""";
    assertThat(deploy("manager", "clinical-caller.bpmn", caller, null).getStatusCode()).isEqualTo(HttpStatus.OK);
    long clinical = engineConfiguration.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("clinical-assessment").count();
    assertThatThrownBy(() -> engineConfiguration.getRuntimeService().startProcessInstanceByKey("clinical-caller",
        java.util.Map.of("caseReference", "RC-2026-000001", "participantName", "Forged")))
        .hasMessageContaining("case of a service site only");
    assertThat(engineConfiguration.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("clinical-assessment").count())
        .isEqualTo(clinical);
  }

  @Test
  void aManagerDeploysIntoHisOwnSiteAndTheShippedModelsPass() throws Exception {
    ResponseEntity<String> own = deploy("manager", "harmless.bpmn",
        processWith("harmless-" + System.nanoTime(), "camunda:expression=\"${pathwaySettings.followUpAfter}\"", ""), "falun");
    assertThat(own.getStatusCode()).as(own.getBody()).isEqualTo(HttpStatus.OK);
    ModelDeploymentCheck check = new ModelDeploymentCheck(ModelSafetyPlugin.modelBeans());
    // Every model and form the application deploys, the forms' language variants (forms/sv/...) too.
    for (String folder : java.util.List.of("processes", "forms")) {
      try (var files = Files.walk(Path.of(folder))) {
        for (Path file : files.filter(f -> f.toString().matches(".*\\.(bpmn|dmn|form)$")).toList()) {
          check.check(file.getFileName().toString(), Files.readAllBytes(file), folder.equals("processes"));
        }
      }
    }
  }

  @Test
  void badDecisionTablesFormsAndFilesAreRefusedAsBadRequests() throws Exception {
    long deployments = repositoryService.createDeploymentQuery().count();
    String table = Files.readString(Path.of("processes/work-grant.dmn"));
    String juel = table.replaceFirst("<inputExpression ", "<inputExpression expressionLanguage=\"juel\" ");
    assertThat(juel).isNotEqualTo(table);
    assertRefused(deploy("manager", "work-grant.dmn", juel, null), HttpStatus.BAD_REQUEST, "FEEL only");
    assertRefused(deploy("manager", "work-grant.dmn", table.replace("hitPolicy=\"", "hitPolicy=\"SOMETIMES"), null),
        HttpStatus.BAD_REQUEST, "work-grant.dmn");
    assertRefused(deploy("manager", "work-grant.dmn", table.substring(0, table.length() / 2), null),
        HttpStatus.BAD_REQUEST, "not well-formed");
    assertRefused(deploy("manager", "broken.form", "{\"components\": [", null), HttpStatus.BAD_REQUEST, "not valid JSON");
    assertRefused(deploy("manager", "nameless.form", "{\"components\": []}", null), HttpStatus.BAD_REQUEST, "\\\"id\\\"");
    assertRefused(deploy("manager", "page.html", "<script>alert(1)</script>", null), HttpStatus.BAD_REQUEST, "page.html");
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">&x;</bpmn:definitions>";
    assertRefused(deploy("manager", "xxe.bpmn", xxe, null), HttpStatus.BAD_REQUEST, "DOCTYPE");
    assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
  }

  @Test
  void expressionsSeeOnlyTheModelBeans() {
    var beans = engineConfiguration.getBeans();
    assertThat(beans.containsKey("caseRegistration")).isTrue();
    assertThat(beans.get("caseRegistration")).isNotNull();
    for (String other : new String[] {"identityService", "historyService", "processEngine", "dataSource", "participantErasure"}) {
      assertThat(beans.containsKey(other)).as(other).isFalse();
      assertThat(beans.get(other)).as(other).isNull();
    }
  }
}
