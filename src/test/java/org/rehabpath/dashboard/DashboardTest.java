package org.rehabpath.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rehabpath.grant.WorkGrantPayment;
import org.rehabpath.grant.WorkGrantPaymentRepository;
import org.rehabpath.support.CaseWalker;
import org.rehabpath.support.IntegrationTest;
import org.rehabpath.support.TestClock;
import org.rehabpath.support.WebappSession;
import org.rehabpath.variables.CaseVariables;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

/**
 * The dashboard's figures move as cases do: read before and after two cases are walked (the shared
 * test database holds other tests' cases too), for the manager's sites and for one of them.
 */
@IntegrationTest
class DashboardTest {

  @Autowired TestRestTemplate rest;
  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired WorkGrantPaymentRepository payments;

  private final ObjectMapper json = new ObjectMapper();

  @Autowired org.rehabpath.grant.EntitlementRepository entitlements;
  @Autowired org.rehabpath.grant.PaymentDecisions decisions;

  @AfterEach
  void resetClock() {
    TestClock.reset();
  }

  @Test
  void figuresFollowTheCases() throws Exception {
    YearMonth from = YearMonth.now().minusMonths(1);
    YearMonth to = YearMonth.now().plusMonths(2);
    String period = "?from=" + from + "&to=" + to;
    JsonNode before = figures("manager", period);
    JsonNode falunBefore = figures("manager", period + "&serviceSite=falun");

    CaseWalker atSelection = CaseWalker.refer(rest, engine, "Dash", true);
    CaseWalker inInternship = CaseWalker.refer(rest, engine, "Board", true);
    String site = inInternship.intoInternship();
    inInternship.internshipMonth("REGULAR_ACTIVITY", "FORWARD", "CONTINUE");
    var due = entitlements.findByCase(inInternship.caseReference).get(0);
    long firstMonth = due.id();
    JsonNode unpaid = figures("manager", period);
    assertThat(decimal(unpaid, "grantsUnpaidPerMonth", due.month().toString())
        .subtract(decimal(before, "grantsUnpaidPerMonth", due.month().toString())))
        .as("due, not yet paid").isEqualByComparingTo(due.amount());
    decisions.approve(new org.rehabpath.grant.PaymentDecisions.Numbering("borlange",
        "DASH-" + java.util.UUID.randomUUID().toString().substring(0, 8), java.time.LocalDate.now()), java.util.List.of(firstMonth), "manager");
    WorkGrantPayment paid = payments.findByCase(inInternship.caseReference).get(0);

    JsonNode after = figures("manager", period);
    assertThat(after.get("openCases").asLong()).isEqualTo(before.get("openCases").asLong() + 2);
    assertThat(bar(after, "casesByPhase", "Selection") - bar(before, "casesByPhase", "Selection")).isEqualTo(1);
    assertThat(bar(after, "casesByPhase", "Internship and tutoring") - bar(before, "casesByPhase", "Internship and tutoring")).isEqualTo(1);
    assertThat(bar(after, "casesByPathway", "WORK_REHABILITATION") - bar(before, "casesByPathway", "WORK_REHABILITATION")).isEqualTo(1);
    assertThat(bar(after, "casesByPathway", "Not yet routed") - bar(before, "casesByPathway", "Not yet routed")).isEqualTo(1);
    assertThat(bar(after, "casesByTargetGroup", "B") - bar(before, "casesByTargetGroup", "B")).isEqualTo(1);
    assertThat(labels(after, "daysInPhase")).contains("Selection", "Resource inventory", "Routing", "Matching", "Individual plan")
        .noneMatch(label -> label.contains("Clinical"));
    assertThat(labels(after, "casesByPhase")).noneMatch(label -> label.contains("Clinical"));
    String siteName = engine.getHistoryService().createHistoricVariableInstanceQuery()
        .variableName("internshipSiteName").processInstanceIdIn(inInternship.mainInstance().getId()).singleResult().getValue().toString();
    assertThat(part(after, "internshipPlaces", siteName, "taken") - part(before, "internshipPlaces", siteName, "taken"))
        .as("a place taken at %s (site %s)", siteName, site).isEqualTo(1);
    assertThat(decimal(after, "grantsPerMonth", paid.paymentMonth().toString())
        .subtract(decimal(before, "grantsPerMonth", paid.paymentMonth().toString())))
        .isEqualByComparingTo(paid.amount());

    // The review recorded REGULAR_ACTIVITY, the participant's first step: no move yet, one more participant on it.
    assertThat(part(after, "latestSteps", "Regular daily activity", "not yet") - part(before, "latestSteps", "Regular daily activity", "not yet"))
        .isEqualTo(1);
    inInternship.internshipMonth("SUPPORTED_WORK", "FORWARD", "CONTINUE");
    JsonNode moved = figures("manager", period);
    String month = YearMonth.from(TestClock.zonedNow()).toString();
    assertThat(part(moved, "stepMovementsPerMonth", month, "forward") - part(after, "stepMovementsPerMonth", month, "forward"))
        .as("a step forward in %s", month).isEqualTo(1);
    assertThat(part(moved, "latestSteps", "Supported work at an ordinary workplace", "closer to the labour market")
        - part(after, "latestSteps", "Supported work at an ordinary workplace", "closer to the labour market")).isEqualTo(1);
    assertThat(part(moved, "latestSteps", "Regular daily activity", "not yet")).isEqualTo(part(after, "latestSteps", "Regular daily activity", "not yet") - 1);

    JsonNode falunAfter = figures("manager", period + "&serviceSite=falun");
    assertThat(falunAfter.get("serviceSites").toString()).isEqualTo("[\"falun\"]");
    assertThat(falunAfter.get("openCases").asLong()).as("Borlänge cases are not Falun's").isEqualTo(falunBefore.get("openCases").asLong());
    assertThat(after.toString()).doesNotContain(atSelection.caseReference, inInternship.caseReference, "Dash Walker", "Board Walker");
  }

  @Test
  void aCaseClosedAtSelectionCountsAsClosedNotAsWaitingForRouting() throws Exception {
    JsonNode before = figures("manager", "");
    CaseWalker noConsent = CaseWalker.refer(rest, engine, "Closed", false);
    noConsent.complete("check-consent-and-eligibility", CaseVariables.CONSENT_GIVEN.name(), false, "eligible", true);
    assertThat(noConsent.mainInstance()).as("the case closed at selection").isNull();

    JsonNode after = figures("manager", "");
    assertThat(after.get("closedCases").asLong()).isEqualTo(before.get("closedCases").asLong() + 1);
    assertThat(after.get("openCases").asLong()).isEqualTo(before.get("openCases").asLong());
    assertThat(bar(after, "casesByPathway", "Not yet routed")).as("not waiting for routing")
        .isEqualTo(bar(before, "casesByPathway", "Not yet routed"));
    assertThat(bar(after, "casesByPathway", "Closed before routing") - bar(before, "casesByPathway", "Closed before routing"))
        .isEqualTo(1);
    long pathwayTotal = after.get("casesByPathway").get("bars").findValues("value").stream().mapToLong(JsonNode::asLong).sum();
    assertThat(pathwayTotal).as("every case once").isEqualTo(after.get("openCases").asLong() + after.get("closedCases").asLong());
  }

  @Test
  void onlyProgrammeManagersOfTheSiteReadTheDashboard() throws Exception {
    for (String user : List.of("sw-borlange", "doctor-borlange", "team-borlange", "host-coop", "integration", "demo")) {
      assertThat(get(user, "/api/dashboard").getStatusCode().value()).as(user).isEqualTo(403);
    }
    for (String user : List.of("sw-borlange", "doctor-borlange", "team-borlange", "host-coop", "demo")) {
      assertThat(WebappSession.signIn("http://localhost:" + port, user).get("/dashboard").statusCode()).as(user).isEqualTo(403);
    }
    HttpResponse<String> page = WebappSession.signIn("http://localhost:" + port, "manager").get("/dashboard");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Programme dashboard");
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy).contains("frame-ancestors 'none'"));
    // The page is read with the webapps' session, never with a password the browser would keep.
    ResponseEntity<String> anonymous = rest.getForEntity("/dashboard", String.class);
    assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
    assertThat(anonymous.getHeaders().getFirst("WWW-Authenticate")).as("no browser login dialog").isNull();
    assertThat(anonymous.getBody()).contains("Sign in to Tasklist");
    assertThat(get("manager", "/dashboard").getStatusCode().value()).as("basic credentials are not taken").isEqualTo(401);
    assertThat(rest.getForEntity("/api/dashboard", String.class).getStatusCode().value()).isEqualTo(401);
    assertThat(get("manager", "/api/dashboard?serviceSite=atlantis").getStatusCode().value()).isEqualTo(400);
    assertThat(get("manager", "/api/dashboard?serviceSite=borlange-clinical").getStatusCode().value()).isEqualTo(400);
    assertThat(get("manager", "/api/dashboard?from=2020-01&to=2026-01").getStatusCode().value()).as("too long a period").isEqualTo(400);
    assertThat(get("manager", "/api/dashboard?from=2026-13").getStatusCode().value()).isEqualTo(400);
  }

  private ResponseEntity<String> get(String user, String path) {
    return rest.withBasicAuth(user, "demo").getForEntity(path, String.class);
  }

  private JsonNode figures(String user, String query) throws Exception {
    ResponseEntity<String> answer = get(user, "/api/dashboard" + query);
    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
    return json.readTree(answer.getBody());
  }

  private static JsonNode barNode(JsonNode figures, String chart, String label) {
    for (JsonNode bar : figures.get(chart).get("bars")) {
      if (label.equals(bar.get("label").asText())) {
        return bar;
      }
    }
    return null;
  }

  private static long bar(JsonNode figures, String chart, String label) {
    JsonNode bar = barNode(figures, chart, label);
    return bar == null ? 0 : bar.get("value").asLong();
  }

  private static BigDecimal decimal(JsonNode figures, String chart, String label) {
    JsonNode bar = barNode(figures, chart, label);
    return bar == null ? BigDecimal.ZERO : bar.get("value").decimalValue();
  }

  private static long part(JsonNode figures, String chart, String label, String part) {
    JsonNode bar = barNode(figures, chart, label);
    return bar == null ? 0 : bar.get("parts").get(part).asLong();
  }

  private static List<String> labels(JsonNode figures, String chart) {
    return figures.get(chart).get("bars").findValuesAsText("label");
  }
}
