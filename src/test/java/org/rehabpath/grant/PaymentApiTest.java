package org.rehabpath.grant;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.junit.jupiter.api.Test;
import org.rehabpath.support.CaseWalker;
import org.rehabpath.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class PaymentApiTest {

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired WorkGrantPaymentRepository repository;
  @Autowired JdbcClient jdbc;
  @Autowired ProcessEngine engine;

  static final String HEADER = "case_reference,service_site,first_month,last_month,hours_attended,amount,kind,payment_decision_number,decision_date\n";

  ResponseEntity<String> importCsv(String user, String csv) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("text/csv"));
    return rest.withBasicAuth(user, "demo").postForEntity("/api/payments/import", new HttpEntity<>(csv, headers), String.class);
  }

  ResponseEntity<String> get(String user, String query, MediaType accept) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(accept));
    return rest.withBasicAuth(user, "demo").exchange("/api/payments" + query, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  /** A payment made before, under its decision (as an import would make it). */
  void paid(String caseReference, YearMonth month, BigDecimal amount, String decisionNumber, LocalDate date) {
    PaymentDecision decision = repository.findDecision("borlange", date.getYear(), decisionNumber)
        .orElseGet(() -> repository.insertDecision("borlange", decisionNumber, date, null));
    repository.insert(WorkGrantPayment.payment(caseReference, "borlange", month, month, null, amount, decisionNumber,
        date, null, "test"), decision.id());
  }

  long rows() {
    return jdbc.sql("select count(*) from work_grant_payment").query(Long.class).single();
  }

  /** The 2013 example file imports once; PostgreSQL runs reuse their database, so clear it first. */
  void importExampleFile() throws Exception {
    jdbc.sql("delete from work_grant_payment where case_reference like 'VCO-2013-%'").update();
    ResponseEntity<String> response = importCsv("manager-vco", Files.readString(Path.of("examples/work-grant-payments-2013.csv")));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(json.readTree(response.getBody()).get("imported").asInt()).isEqualTo(5);
  }

  @Test
  void theFive2013PaymentsImportAndComeBackAsTheSameCsv() throws Exception {
    importExampleFile();
    ResponseEntity<String> csv = get("manager-vco", "?from=2012-07&to=2013-03", MediaType.parseMediaType("text/csv"));

    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo("work-grant-payments-2012-07-2013-03.csv");
    List<String> exported = csv.getBody().lines().filter(l -> l.startsWith("VCO-2013-") || l.startsWith("case_reference")).sorted().toList();
    List<String> original = Files.readAllLines(Path.of("examples/work-grant-payments-2013.csv")).stream().sorted().toList();
    assertThat(exported).isEqualTo(original);
  }

  @Test
  void paymentsComeAsJsonWithTwoDecimalAmountsAndIsoDates() throws Exception {
    importExampleFile();
    ResponseEntity<String> response = get("manager-vco", "?from=2012-10&to=2012-10", MediaType.APPLICATION_JSON);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode payments = json.readTree(response.getBody());
    JsonNode first = payments.findParents("caseReference").stream()
        .filter(p -> p.get("caseReference").asText().equals("VCO-2013-01")).findFirst().orElseThrow();
    assertThat(first.get("amount").decimalValue()).isEqualByComparingTo("1560");
    assertThat(response.getBody()).contains("\"amount\":1560.00,").doesNotContain("1560.0,");
    assertThat(first.get("paymentMonth").asText()).as("one decision paying six months").isEqualTo("2012-10");
    assertThat(first.get("lastMonth").asText()).isEqualTo("2013-03");
    assertThat(first.get("decisionDate").asText()).isEqualTo("2013-03-27");
    assertThat(first.get("serviceSite").asText()).isEqualTo("asl-vco");
    assertThat(payments.findValuesAsText("paymentMonth")).containsOnly("2012-10");
  }

  @Test
  void aFileWithOneBadRowImportsNothingAndNamesTheLine() throws Exception {
    String ref = "IMP-" + UUID.randomUUID().toString().substring(0, 8);
    long before = rows();
    ResponseEntity<String> response = importCsv("manager", HEADER
        + ref + "-1,borlange,2013-03,2013-03,,100.00,PAYMENT,1,2013-03-27\n"
        + ref + "-2,borlange,2013-03,2013-03,,abc,PAYMENT,2,2013-03-27\n"
        + ref + "-1,borlange,2013-03,2013-03,,100.00,PAYMENT,3,2013-03-27\n");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
    JsonNode errors = json.readTree(response.getBody()).get("errors");
    assertThat(errors.findValuesAsText("line")).as("every problem at once").containsExactly("3", "4");
    assertThat(errors.findValuesAsText("column")).containsExactly("amount", "first_month");
    assertThat(rows()).isEqualTo(before);

    ResponseEntity<String> repeated = importCsv("manager", HEADER
        + ref + "-1,borlange,2013-03,2013-03,,100.00,PAYMENT,1,2013-03-27\n"
        + ref + "-1,borlange,2013-03,2013-03,,100.00,PAYMENT,3,2013-03-27\n");
    assertThat(json.readTree(repeated.getBody()).get("errors").findValuesAsText("line")).containsExactly("3");
    assertThat(rows()).isEqualTo(before);
  }

  @Test
  void aMonthAlreadyPaidRefusesTheFile() throws Exception {
    String ref = "IMP-" + UUID.randomUUID().toString().substring(0, 8);
    paid(ref, YearMonth.of(2013, 4), new BigDecimal("100.00"), "9", LocalDate.of(2013, 4, 30));
    long before = rows();
    ResponseEntity<String> response = importCsv("manager", HEADER + ref + ",borlange,2013-04,2013-04,,100.00,PAYMENT,10,2013-04-30\n");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("already paid");
    assertThat(rows()).isEqualTo(before);
  }

  @Test
  void aSingleSiteManagerImportsNothingForAnotherSitesCaseAndLearnsNothingOfItsPayments() throws Exception {
    String user = "manager-falun-" + UUID.randomUUID().toString().substring(0, 8);
    var identity = engine.getIdentityService();
    var falunManager = identity.newUser(user);
    falunManager.setPassword("demo");
    ((IdentityServiceImpl) identity).saveUser(falunManager, true);
    identity.createMembership(user, "programme-managers");
    identity.createTenantUserMembership("falun", user);
    try {
      CaseWalker borlangeCase = CaseWalker.refer(rest, engine, "Paid", true);
      paid(borlangeCase.caseReference, YearMonth.of(2026, 1), new BigDecimal("400.00"), "PD-1", LocalDate.of(2026, 1, 31));
      String historicalBorlange = "IMP-" + UUID.randomUUID().toString().substring(0, 8);
      paid(historicalBorlange, YearMonth.of(2013, 4), new BigDecimal("100.00"), "9", LocalDate.of(2013, 4, 30));
      long before = rows();
      for (String ref : List.of(borlangeCase.caseReference, historicalBorlange)) {
        for (String month : List.of("2026-01", "2026-02", "2013-04")) {
          ResponseEntity<String> response = importCsv(user, HEADER + ref + ",falun," + month + "," + month + ",,9999.00,PAYMENT,PD-X,2026-02-27\n");
          assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
          assertThat(response.getBody()).contains("is not a case of service site falun")
              .doesNotContain("already paid", "400.00", "borlange");
        }
      }
      assertThat(rows()).isEqualTo(before);
      assertThat(repository.paymentsOverlapping(borlangeCase.caseReference, YearMonth.of(2026, 2), YearMonth.of(2026, 2))).isEmpty();
    } finally {
      identity.deleteTenantUserMembership("falun", user);
      identity.deleteUser(user);
    }
  }

  @Test
  void textCellsThatASpreadsheetWouldRunAreExportedAsText() throws Exception {
    String ref = "IMP-" + UUID.randomUUID().toString().substring(0, 8);
    paid(ref, YearMonth.of(2012, 7), new BigDecimal("100.00"), "=HYPERLINK(\"http://x.example\",\"open\")", LocalDate.of(2012, 7, 30));
    String csv = get("manager", "?from=2012-07&to=2012-07", MediaType.parseMediaType("text/csv")).getBody();
    assertThat(csv).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK", ",\"=HYPERLINK");
  }

  @Test
  void onlyProgrammeManagersReadOrImportPayments() {
    assertThat(get("sw-borlange", "", MediaType.APPLICATION_JSON).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("integration", "", MediaType.APPLICATION_JSON).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(importCsv("host-coop", HEADER).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity("/api/payments", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aBadPeriodIsNamed() throws Exception {
    ResponseEntity<String> response = get("manager", "?from=2013-13", MediaType.APPLICATION_JSON);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(response.getBody()).get("errors").findValuesAsText("field")).containsExactly("from");
    assertThat(get("manager", "?from=2013-05&to=2013-01", MediaType.APPLICATION_JSON).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void anImportBringsInOnlyPastPaymentsOfCasesNotRunHereAndNeverAddsToADecisionMadeHere() throws Exception {
    CaseWalker runHere = CaseWalker.refer(rest, engine, "Imported", true);
    PaymentDecision madeHere = repository.insertDecision("borlange", "HERE-" + UUID.randomUUID().toString().substring(0, 6),
        LocalDate.of(2026, 1, 10), "manager");
    String ref = "IMP-" + UUID.randomUUID().toString().substring(0, 8);
    long before = rows();
    ResponseEntity<String> response = importCsv("manager", "\uFEFF" + HEADER
        + runHere.caseReference + ",borlange,2025-01,2025-01,,100.00,PAYMENT,OLD-1,2025-02-01\n"
        + ref + "-1,borlange,2025-12,2025-12,,100.00,PAYMENT," + madeHere.number() + ",2026-01-10\n"
        + ref + "-2,borlange,2025-12,2025-12,,100.00,PAYMENT,OLD-2,2099-01-01\n"
        + ref + "-3,borlange,2026-02,2026-02,,100.00,PAYMENT,OLD-3,2026-01-15\n"
        + ref + "-4,borlange,2025-03,2025-03,99999,100.00,PAYMENT,OLD-4,2025-04-01\n");
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode errors = json.readTree(response.getBody()).get("errors");
    assertThat(errors.findValuesAsText("column")).as(response.getBody()).containsExactlyInAnyOrder(
        "decision_date", "last_month", "hours_attended", "case_reference", "payment_decision_number");
    assertThat(response.getBody()).contains("is a case run here", "was approved here");
    assertThat(rows()).isEqualTo(before);
    // With its byte-order mark, as Excel saves it, a good file imports.
    assertThat(importCsv("manager", "\uFEFF" + HEADER + ref + "-5,borlange,2025-03,2025-03,,100.00,PAYMENT,OLD-5,2025-04-01\n")
        .getStatusCode()).isEqualTo(HttpStatus.CREATED);
  }

  @Test
  void theEntitlementsStatusIsPaidOrUnpaid() throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.APPLICATION_JSON));
    ResponseEntity<String> response = rest.withBasicAuth("manager", "demo")
        .exchange("/api/entitlements?status=PAID", HttpMethod.GET, new HttpEntity<>(headers), String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).contains("status is paid or unpaid");
  }
}
