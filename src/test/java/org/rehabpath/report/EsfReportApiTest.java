package org.rehabpath.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rehabpath.support.CaseWalker;
import org.rehabpath.support.IntegrationTest;
import org.rehabpath.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The ESF+ report over a generated population: referred over the API with a known mix of entry
 * data, included at the intake, some walked to the exit and the follow-up. The shared test database
 * holds other tests' participants, so each count is checked as the difference the population made.
 */
@IntegrationTest
class EsfReportApiTest {

  @Autowired TestRestTemplate rest;
  @Autowired ProcessEngine processEngine;
  @Autowired ReportSettings settings;
  final ObjectMapper json = new ObjectMapper();

  @AfterEach
  void restore() {
    settings.setMinimumCell(5);
    TestClock.reset();
  }

  /** One generated participant: the entry data sent, and what happened later. */
  record Person(String gender, int birthYear, String education, String status, Boolean thirdCountry,
      Boolean foreign, Boolean homeless, Boolean rural, String disability, String minority, boolean included,
      YearMonth entryMonth, String exitOutcome, Boolean qualification, YearMonth exitMonth, String followUpOutcome,
      Boolean improved, YearMonth followUpMonth) {

    int ageAtEntry() {
      return entryMonth.getYear() - birthYear;
    }

    int isced() {
      return Integer.parseInt(education.substring(6));
    }
  }

  static final String[] GENDERS = {"FEMALE", "MALE", "NON_BINARY"};
  static final String[] STATUSES = {"UNEMPLOYED", "LONG_TERM_UNEMPLOYED", "INACTIVE", "EMPLOYED"};
  static final Boolean[] BOOLEANS = {true, false, null};
  static final String[] SENSITIVE = {"YES", "NO", "REFUSED", null};

  /** What each indicator means, written from the regulation, independently of the code under test. */
  static final Map<String, Predicate<Person>> ENTRY = new LinkedHashMap<>();
  static final Map<String, Predicate<Person>> EXIT = new LinkedHashMap<>();
  static final Map<String, Predicate<Person>> FOLLOW_UP = new LinkedHashMap<>();

  static {
    ENTRY.put("EECO01", p -> true);
    ENTRY.put("EECO02", p -> p.status().contains("UNEMPLOYED"));
    ENTRY.put("EECO03", p -> p.status().equals("LONG_TERM_UNEMPLOYED"));
    ENTRY.put("EECO04", p -> p.status().equals("INACTIVE"));
    ENTRY.put("EECO05", p -> p.status().equals("EMPLOYED"));
    ENTRY.put("EECO06", p -> p.ageAtEntry() < 18);
    ENTRY.put("EECO07", p -> p.ageAtEntry() >= 18 && p.ageAtEntry() <= 29);
    ENTRY.put("EECO08", p -> p.ageAtEntry() >= 55);
    ENTRY.put("EECO09", p -> p.isced() <= 2);
    ENTRY.put("EECO10", p -> p.isced() == 3 || p.isced() == 4);
    ENTRY.put("EECO11", p -> p.isced() >= 5);
    ENTRY.put("EECO12", p -> "YES".equals(p.disability()));
    ENTRY.put("EECO12-asked", p -> p.disability() != null);
    ENTRY.put("EECO12-refused", p -> "REFUSED".equals(p.disability()));
    ENTRY.put("EECO13", p -> Boolean.TRUE.equals(p.thirdCountry()));
    ENTRY.put("EECO14", p -> Boolean.TRUE.equals(p.foreign()));
    ENTRY.put("EECO15", p -> "YES".equals(p.minority()));
    ENTRY.put("EECO15-asked", p -> p.minority() != null);
    ENTRY.put("EECO15-refused", p -> "REFUSED".equals(p.minority()));
    ENTRY.put("EECO16", p -> Boolean.TRUE.equals(p.homeless()));
    ENTRY.put("EECO17", p -> Boolean.TRUE.equals(p.rural()));
    EXIT.put("EECR01", p -> "JOB_SEEKING".equals(p.exitOutcome()));
    EXIT.put("EECR02", p -> "IN_EDUCATION".equals(p.exitOutcome()));
    EXIT.put("EECR03", p -> Boolean.TRUE.equals(p.qualification()));
    EXIT.put("EECR04", p -> "EMPLOYED".equals(p.exitOutcome()));
    FOLLOW_UP.put("EECR05", p -> "EMPLOYED".equals(p.followUpOutcome()));
    FOLLOW_UP.put("EECR06", p -> Boolean.TRUE.equals(p.improved()));
  }

  @Test
  void everyIndicatorAndBreakdownCountsTheGeneratedPopulation() throws Exception {
    settings.setMinimumCell(0);
    YearMonth from = YearMonth.now().minusMonths(1);
    YearMonth to = YearMonth.now().plusYears(2);
    JsonNode before = report("manager", from, to, "borlange");
    JsonNode beforeEntryOnly = report("manager", YearMonth.now(), YearMonth.now(), "borlange");

    List<Person> population = new ArrayList<>();
    Random random = new Random(20261201);
    int year = YearMonth.now().getYear();
    int[] ages = {16, 17, 19, 25, 29, 30, 41, 54, 55, 63};
    String[] exits = {"EMPLOYED", "IN_EDUCATION", "JOB_SEEKING", "OTHER_INTERVENTIONS", "DROPPED_OUT", "EMPLOYED"};
    String[] followUps = {"EMPLOYED", "JOB_SEEKING", "EMPLOYED", "INACTIVE", "NOT_REACHED", "IN_EDUCATION"};
    for (int i = 0; i < 42; i++) {
      String gender = GENDERS[i % 3];
      boolean included = i % 7 != 6; // every seventh declines consent at the intake and never enters
      boolean walked = included && i < 12;
      String disability = SENSITIVE[random.nextInt(4)];
      String minority = SENSITIVE[(i + random.nextInt(4)) % 4];
      var person = new Person(gender, year - ages[random.nextInt(ages.length)], "ISCED_" + (i % 9),
          STATUSES[random.nextInt(4)], BOOLEANS[random.nextInt(3)], BOOLEANS[random.nextInt(3)],
          BOOLEANS[random.nextInt(3)], BOOLEANS[random.nextInt(3)], disability, minority, included,
          YearMonth.now(), null, null, null, null, null, null);
      CaseWalker walker = refer(person);
      TestClock.reset();
      if (!included) {
        walker.complete("check-consent-and-eligibility", "consentGiven", false, "eligible", true);
        population.add(person);
        continue;
      }
      walker.includeAtSelection();
      if (walked) {
        person = walkToFollowUp(walker, person, exits[i % exits.length], i % 4 == 0,
            followUps[i % followUps.length], i % 3 != 1);
        if (i == 3) {
          // An erased participant keeps counting, from the anonymous row.
          var erased = rest.withBasicAuth("manager", "demo").exchange("/api/participants/" + walker.caseReference,
              HttpMethod.DELETE, null, String.class);
          assertThat(erased.getStatusCode().value()).as(erased.getBody()).isEqualTo(200);
        }
        TestClock.reset();
      }
      population.add(person);
    }
    assertThat(population).filteredOn(p -> p.exitMonth() != null).hasSizeGreaterThanOrEqualTo(10);

    JsonNode after = report("manager", from, to, "borlange");
    Map<String, Predicate<Person>> all = new LinkedHashMap<>(ENTRY);
    all.putAll(EXIT);
    all.putAll(FOLLOW_UP);
    assertThat(codes(after)).containsExactlyElementsOf(all.keySet());
    for (var indicator : all.entrySet()) {
      Predicate<Person> inPeriod = EXIT.containsKey(indicator.getKey())
          ? p -> within(p.exitMonth(), from, to)
          : FOLLOW_UP.containsKey(indicator.getKey())
              ? p -> within(p.followUpMonth(), from, to)
              : p -> p.included() && within(p.entryMonth(), from, to);
      assertCounts(indicator.getKey(), before, after, population, inPeriod.and(indicator.getValue()));
    }

    // A period of the entry month only: the entries count, the exits and follow-ups (later) do not.
    JsonNode entryOnly = report("manager", YearMonth.now(), YearMonth.now(), "borlange");
    assertCounts("EECO01", beforeEntryOnly, entryOnly, population, Person::included);
    for (String result : List.of("EECR01", "EECR02", "EECR03", "EECR04", "EECR05", "EECR06")) {
      assertCounts(result, beforeEntryOnly, entryOnly, population, p -> false);
    }
    // All the manager's sites: Borlänge's counts are in them; Falun's own report does not move.
    assertThat(report("manager", from, to, null).get("serviceSites")).hasSize(2);
    assertThat(cell(report("manager", from, to, null), "EECO01", "total"))
        .isGreaterThanOrEqualTo(cell(after, "EECO01", "total"));
  }

  @Test
  void cellsBelowTheMinimumAreSuppressedAndNoSuppressedCellCanBeRecomputed() throws Exception {
    for (String name : List.of("Minone", "Mintwo", "Minthree")) {
      CaseWalker.refer(rest, processEngine, name, true).includeAtSelection();
    }
    YearMonth from = YearMonth.now().minusYears(1);
    YearMonth to = YearMonth.now().plusYears(2);
    settings.setMinimumCell(0);
    JsonNode raw = report("manager", from, to, null);
    int total = cell(raw, "EECO01", "total");

    for (int minimum : List.of(total, Math.max(2, total / 4))) {
      settings.setMinimumCell(minimum);
      JsonNode suppressed = report("manager", from, to, null);
      assertThat(suppressed.get("minimumCell").asInt()).isEqualTo(minimum);
      int hidden = 0;
      for (int r = 0; r < raw.get("indicators").size(); r++) {
        JsonNode rawRow = raw.get("indicators").get(r);
        JsonNode row = suppressed.get("indicators").get(r);
        int nulls = 0;
        for (String column : List.of("women", "men", "nonBinary", "total")) {
          int count = rawRow.get(column).asInt();
          if (count < minimum) {
            assertThat(row.get(column).isNull()).as("%s %s = %s", row.get("indicator"), column, count).isTrue();
          } else if (!row.get(column).isNull()) {
            assertThat(row.get(column).asInt()).isEqualTo(count);
          }
          nulls += row.get(column).isNull() ? 1 : 0;
        }
        hidden += nulls;
        assertThat(nulls).as("row %s: one hidden cell would follow from the others", row.get("indicator"))
            .isNotEqualTo(1);
      }
      assertThat(hidden).as("the minimum %s hides something", minimum).isPositive();
    }
    settings.setMinimumCell(total);
    assertThat(cell(report("manager", from, to, null), "EECO01", "total"))
        .as("a count equal to the minimum is shown").isEqualTo(total);
  }

  @Test
  void theCsvHasOneRowPerIndicatorAndNoNamesOrReferences() throws Exception {
    CaseWalker walker = CaseWalker.refer(rest, processEngine, "Csvperson", true);
    walker.includeAtSelection();
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.parseMediaType("text/csv")));
    ResponseEntity<String> csv = rest.withBasicAuth("manager", "demo").exchange(
        "/api/reports/esf?from=2026-01&to=2026-12", HttpMethod.GET, new HttpEntity<>(headers), String.class);
    assertThat(csv.getStatusCode().value()).isEqualTo(200);
    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(csv.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .contains("esf-indicators-2026-01-2026-12.csv");
    String[] lines = csv.getBody().split("\n");
    assertThat(lines[0]).isEqualTo("indicator,description,women,men,non_binary,total");
    assertThat(lines).as("a row per ESF+ indicator, then three per dimension of the participant's own voice")
        .hasSize(1 + EsfIndicator.values().length + 3 * org.rehabpath.voice.Dimension.values().length);
    assertThat(lines[1]).startsWith("EECO01,Total number of participants,");
    ResponseEntity<String> jsonReport = rest.withBasicAuth("manager", "demo")
        .getForEntity("/api/reports/esf?from=2026-01&to=2026-12", String.class);
    for (String body : List.of(csv.getBody(), jsonReport.getBody())) {
      assertThat(body).doesNotContain("Csvperson", "Walker", walker.caseReference, "SA-", "RC-");
    }
  }

  @Test
  void onlyProgrammeManagersOfTheSiteReadTheReport() {
    for (String user : List.of("sw-borlange", "integration", "doctor-borlange", "host-coop", "team-borlange")) {
      assertThat(rest.withBasicAuth(user, "demo").getForEntity("/api/reports/esf", String.class).getStatusCode().value())
          .as(user).isEqualTo(403);
    }
    assertThat(rest.getForEntity("/api/reports/esf", String.class).getStatusCode().value()).isEqualTo(401);
    assertThat(rest.withBasicAuth("manager", "wrong").getForEntity("/api/reports/esf", String.class)
        .getStatusCode().value()).isEqualTo(401);
    assertThat(rest.withBasicAuth("manager", "demo")
        .getForEntity("/api/reports/esf?serviceSite=borlange-clinical", String.class).getStatusCode().value())
        .as("a clinical record is no service site").isEqualTo(400);
    assertThat(rest.withBasicAuth("manager", "demo")
        .getForEntity("/api/reports/esf?serviceSite=nowhere", String.class).getStatusCode().value()).isEqualTo(400);
    assertThat(rest.withBasicAuth("manager", "demo")
        .getForEntity("/api/reports/esf?from=2026-12&to=2026-01", String.class).getStatusCode().value()).isEqualTo(400);
    assertThat(rest.withBasicAuth("manager", "demo")
        .getForEntity("/api/reports/esf?from=last-year", String.class).getStatusCode().value()).isEqualTo(400);
  }

  @Test
  void aSiteThatIsNotTheManagersIsRefused() {
    var identity = processEngine.getIdentityService();
    String site = "esf-other-" + UUID.randomUUID().toString().substring(0, 8);
    identity.saveTenant(identity.newTenant(site));
    try {
      assertThat(rest.withBasicAuth("manager", "demo")
          .getForEntity("/api/reports/esf?serviceSite=" + site, String.class).getStatusCode().value()).isEqualTo(403);
      identity.createTenantUserMembership(site, "manager");
      ResponseEntity<String> own = rest.withBasicAuth("manager", "demo")
          .getForEntity("/api/reports/esf?serviceSite=" + site, String.class);
      assertThat(own.getStatusCode().value()).as("once a member, the empty site's report").isEqualTo(200);
      assertThat(own.getBody()).contains("\"serviceSites\":[\"" + site + "\"]");
    } finally {
      identity.deleteTenant(site);
    }
  }

  // ---- helpers ----

  private CaseWalker refer(Person p) throws Exception {
    String reference = "ESF-" + UUID.randomUUID();
    StringBuilder participant = new StringBuilder("""
        {"firstName": "Esf", "lastName": "Population", "birthYear": %d, "gender": "%s",
         "educationLevel": "%s", "labourMarketStatus": "%s\"""".formatted(p.birthYear(), p.gender(), p.education(), p.status()));
    optional(participant, "thirdCountryNational", p.thirdCountry());
    optional(participant, "foreignBackground", p.foreign());
    optional(participant, "homelessOrHousingExcluded", p.homeless());
    optional(participant, "ruralArea", p.rural());
    optional(participant, "disability", p.disability() == null ? null : "\"" + p.disability() + "\"");
    optional(participant, "minority", p.minority() == null ? null : "\"" + p.minority() + "\"");
    String body = """
        {"serviceSite": "borlange", "referrer": {"service": "social-assistance", "reference": "%s"},
         "participant": %s}, "consentGiven": true}""".formatted(reference, participant);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> created = rest.withBasicAuth("integration", "demo")
        .postForEntity("/api/referrals", new HttpEntity<>(body, headers), String.class);
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    return new CaseWalker(rest, processEngine, json.readTree(created.getBody()).get("caseReference").asText());
  }

  private static void optional(StringBuilder json, String field, Object value) {
    if (value != null) {
      json.append(", \"").append(field).append("\": ").append(value);
    }
  }

  /** Other interventions, no re-assessment: the exit, then six months later the follow-up. */
  private Person walkToFollowUp(CaseWalker walker, Person p, String exitOutcome, boolean qualification,
      String followUpOutcome, boolean improved) throws Exception {
    walker.inventoryResources(true, 0, false);
    walker.confirmPathway();
    walker.referToOtherServices(false);
    LocalDate exitDate = today().minusDays(3);
    walker.complete("record-exit-outcome", "exitOutcome", exitOutcome, "exitStep", "MOTIVATION",
        "exitDate", exitDate.toString(), "gainedQualification", qualification);
    walker.moveClock("P6M");
    YearMonth followUpMonth = YearMonth.from(today());
    walker.complete("six-month-follow-up", "followUpOutcome", followUpOutcome,
        "labourMarketSituationImproved", improved);
    return new Person(p.gender(), p.birthYear(), p.education(), p.status(), p.thirdCountry(), p.foreign(),
        p.homeless(), p.rural(), p.disability(), p.minority(), p.included(), p.entryMonth(), exitOutcome,
        qualification, YearMonth.from(exitDate), followUpOutcome, improved, followUpMonth);
  }

  private static LocalDate today() {
    return LocalDate.ofInstant(TestClock.now().toInstant(), ZoneId.systemDefault());
  }

  private static boolean within(YearMonth month, YearMonth from, YearMonth to) {
    return month != null && !month.isBefore(from) && !month.isAfter(to);
  }

  private void assertCounts(String code, JsonNode before, JsonNode after, List<Person> population,
      Predicate<Person> counted) {
    Map<String, String> columns = Map.of("women", "FEMALE", "men", "MALE", "nonBinary", "NON_BINARY");
    for (var column : columns.entrySet()) {
      long expected = population.stream().filter(counted).filter(p -> p.gender().equals(column.getValue())).count();
      assertThat(cell(after, code, column.getKey()) - cell(before, code, column.getKey()))
          .as("%s %s", code, column.getKey()).isEqualTo((int) expected);
    }
    assertThat(cell(after, code, "total") - cell(before, code, "total")).as("%s total", code)
        .isEqualTo((int) population.stream().filter(counted).count());
  }

  private static int cell(JsonNode report, String code, String column) {
    for (JsonNode row : report.get("indicators")) {
      if (row.get("indicator").asText().equals(code)) {
        assertThat(row.get(column).isNull()).as("%s %s suppressed", code, column).isFalse();
        return row.get(column).asInt();
      }
    }
    throw new AssertionError("no row " + code);
  }

  private static List<String> codes(JsonNode report) {
    List<String> codes = new ArrayList<>();
    report.get("indicators").forEach(row -> codes.add(row.get("indicator").asText()));
    return codes;
  }

  private JsonNode report(String user, YearMonth from, YearMonth to, String site) throws Exception {
    String url = "/api/reports/esf?from=" + from + "&to=" + to + (site == null ? "" : "&serviceSite=" + site);
    ResponseEntity<String> response = rest.withBasicAuth(user, "demo").getForEntity(url, String.class);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
    return json.readTree(response.getBody());
  }
}
