package org.rehabpath.voice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.rehabpath.engine.EngineClock;
import org.rehabpath.support.IntegrationTest;
import org.rehabpath.support.UniqueNames;
import org.rehabpath.support.WebappSession;
import org.rehabpath.voice.ProgrammeVoiceFigures.Improvement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The programme's figures of the participant's own voice as a funder reads them: per dimension, who
 * answered at the baseline and later, who improved, by women, men and non-binary, checked as the
 * difference the test's own participants make; small cells suppressed in the report's JSON and CSV
 * and on the dashboard.
 */
@IntegrationTest
class ProgrammeVoiceFiguresTest {

  @Autowired TestRestTemplate rest;
  @Autowired ProgrammeVoiceFigures figures;
  @LocalServerPort int port;

  final ObjectMapper json = new ObjectMapper();

  String referred(String gender) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    String body = """
        {"serviceSite": "borlange", "referrer": {"service": "social-assistance", "reference": "SA-%s"},
         "participant": {"firstName": "Figure", "lastName": "%s", "birthYear": 1990, "gender": "%s",
           "educationLevel": "ISCED_2", "labourMarketStatus": "LONG_TERM_UNEMPLOYED"}, "consentGiven": true}"""
        .formatted(UUID.randomUUID(), UniqueNames.withLetters("Figures"), gender);
    ResponseEntity<String> created = rest.withBasicAuth("integration", "demo")
        .postForEntity("/api/referrals", new HttpEntity<>(body, headers), String.class);
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
    try {
      return json.readTree(created.getBody()).get("caseReference").asText();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  void answered(String caseReference, String occasion, int empowerment, int health, int readiness) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> recorded = rest.withBasicAuth("sw-borlange", "demo").postForEntity(
        "/api/cases/" + caseReference + "/voice",
        new HttpEntity<>(ParticipantVoiceApiTest.answers(occasion, empowerment, health, readiness), headers), String.class);
    assertThat(recorded.getStatusCode()).as(recorded.getBody()).isEqualTo(HttpStatus.CREATED);
  }

  /** A participant's baseline and follow-up: empowerment, health and job readiness before and after. */
  void participant(String gender, int[] before, int[] after) {
    String caseReference = referred(gender);
    answered(caseReference, "BASELINE", before[0], before[1], before[2]);
    if (after != null) {
      answered(caseReference, "FOLLOW_UP", after[0], after[1], after[2]);
    }
  }

  static Map<Dimension, int[][]> counts(List<Improvement> improvements) {
    Map<Dimension, int[][]> counts = new java.util.EnumMap<>(Dimension.class);
    improvements.forEach(i -> counts.put(i.dimension(), new int[][] {i.answered().clone(), i.improved().clone()}));
    return counts;
  }

  @Test
  void theSharesThatImprovedAreTheDifferenceTheParticipantsMakeByGender() throws Exception {
    YearMonth month = EngineClock.thisMonth();
    Map<Dimension, int[][]> before = counts(figures.improvement(List.of("borlange"), month, month));
    Map<Dimension, int[][]> earlierBefore = counts(figures.improvement(List.of("borlange"), month.minusMonths(2),
        month.minusMonths(1)));

    participant("FEMALE", new int[] {2, 40, 2}, new int[] {4, 60, 2}); // empowerment and health up, readiness same
    participant("FEMALE", new int[] {3, 50, 2}, new int[] {2, 70, 3}); // empowerment down, health and readiness up
    participant("FEMALE", new int[] {1, 30, 1}, new int[] {2, 20, 2}); // empowerment and readiness up, health down
    participant("MALE", new int[] {2, 50, 3}, new int[] {3, 50, 4});   // empowerment and readiness up
    participant("MALE", new int[] {4, 80, 4}, new int[] {4, 70, 3});   // nothing up
    participant("NON_BINARY", new int[] {2, 30, 2}, new int[] {3, 40, 3}); // everything up
    participant("FEMALE", new int[] {1, 10, 1}, null);                 // the baseline only: not counted

    Map<Dimension, int[][]> after = counts(figures.improvement(List.of("borlange"), month, month));
    // {women, men, non-binary, total}: answered, then improved.
    Map<Dimension, int[][]> expected = Map.of(
        Dimension.EMPOWERMENT, new int[][] {{3, 2, 1, 6}, {2, 1, 1, 4}},
        Dimension.HEALTH, new int[][] {{3, 2, 1, 6}, {2, 0, 1, 3}},
        Dimension.JOB_READINESS, new int[][] {{3, 2, 1, 6}, {2, 1, 1, 4}});
    for (Dimension dimension : Dimension.values()) {
      for (int row = 0; row < 2; row++) {
        int[] difference = new int[4];
        for (int c = 0; c < 4; c++) {
          difference[c] = after.get(dimension)[row][c] - before.get(dimension)[row][c];
        }
        assertThat(difference).as("%s %s", dimension, row == 0 ? "answered" : "improved")
            .containsExactly(expected.get(dimension)[row]);
      }
    }
    assertThat(counts(figures.improvement(List.of("falun"), month, month)).get(Dimension.EMPOWERMENT)[0][3])
        .as("another site's figures").isZero();
    assertThat(counts(figures.improvement(List.of("borlange"), month.minusMonths(2), month.minusMonths(1)))
        .get(Dimension.EMPOWERMENT)[0]).as("an earlier period: the test's latest answers are this month's")
        .containsExactly(earlierBefore.get(Dimension.EMPOWERMENT)[0]);

    ResponseEntity<String> report = rest.withBasicAuth("manager", "demo")
        .getForEntity("/api/reports/esf?from=" + month + "&to=" + month + "&serviceSite=borlange", String.class);
    assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode rows = json.readTree(report.getBody()).get("ownVoice");
    assertThat(rows).hasSize(9);
    for (JsonNode row : rows) {
      for (String cell : List.of("women", "men", "nonBinary", "total")) {
        if (!row.get("indicator").asText().endsWith("_PERCENT")) {
          assertThat(row.get(cell).isNull() || row.get(cell).asInt() >= 5)
              .as("%s %s: a count below 5 is not shown", row.get("indicator").asText(), cell).isTrue();
        }
      }
    }
    int total = after.get(Dimension.EMPOWERMENT)[0][3];
    JsonNode answeredRow = rows.get(0);
    assertThat(answeredRow.get("indicator").asText()).isEqualTo("OWN_VOICE_EMPOWERMENT_ANSWERED");
    assertThat(answeredRow.get("total").asInt()).as("the total, at least the test's six").isEqualTo(total);
    JsonNode share = rows.get(2);
    int improvedTotal = after.get(Dimension.EMPOWERMENT)[1][3];
    if (!rows.get(1).get("total").isNull()) {
      assertThat(share.get("total").asInt()).isEqualTo((int) Math.round(100.0 * improvedTotal / total));
    }
    assertThat(rows.get(0).get("nonBinary").isNull()).as("few non-binary participants are not shown")
        .isEqualTo(after.get(Dimension.EMPOWERMENT)[0][2] < 5);

    ResponseEntity<String> csv = rest.withBasicAuth("manager", "demo").exchange(
        "/api/reports/esf?from=" + month + "&to=" + month + "&serviceSite=borlange", org.springframework.http.HttpMethod.GET,
        new HttpEntity<>(acceptCsv()), String.class);
    assertThat(csv.getBody()).contains("OWN_VOICE_HEALTH_IMPROVED_PERCENT,Share whose self-rated health improved (%)");

    for (String outsider : List.of("host-coop", "integration", "sw-borlange")) {
      assertThat(rest.withBasicAuth(outsider, "demo").getForEntity("/api/reports/esf", String.class).getStatusCode())
          .as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
    }

    HttpResponse<String> dashboard = WebappSession.signIn("http://localhost:" + port, "manager")
        .get("/dashboard?serviceSite=borlange", "text/html");
    assertThat(dashboard.body()).contains("In their own words: experienced empowerment improved since the baseline",
        "All (of " + total + ")");
  }

  static HttpHeaders acceptCsv() {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.parseMediaType("text/csv")));
    return headers;
  }
}
