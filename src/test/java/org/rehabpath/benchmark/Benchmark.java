package org.rehabpath.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.rehabpath.support.ApplicationNode;

/**
 * The benchmark of docs/performance.md: opens N cases through the referral API, starts N instances
 * of a one-task process through the engine REST API, measures the Tasklist filters and the case
 * status, lets every case's monthly review fall due at once on one node and then on two, completes
 * a batch of tasks, and prints every figure as Markdown tables. Run it with {@code benchmark/run}.
 */
public final class Benchmark {

  private static final String CASE_PROCESS = "rehabilitation-case";
  private static final String ONE_TASK_PROCESS = "benchmark-one-task";
  private static final String REVIEW_TASK = "record-interservice-review";
  private static final String ATTENDANCE_TASK = "report-attendance";
  /** One demo user of each role that works tasks in Tasklist (README "Demo users"). */
  private static final List<String> TASKLIST_USERS = List.of("sw-borlange", "ot-borlange",
      "doctor-borlange", "lmo-borlange", "tutor-borlange", "team-borlange", "manager");
  /** Requests per query before any is measured, so that the JIT and caches are warm. */
  private static final int WARM_UP_REQUESTS = 20;
  private static final long REVIEW_POLL_MILLIS = 5_000;
  private static final String[] FIRST_NAMES = {"Aino", "Erik", "Giulia", "Layla", "Marco", "Sara", "Yusuf"};
  private static final String[] LAST_NAMES = {"Virtanen", "Lindqvist", "Rossi", "Haddad", "Bianchi", "Nilsson"};
  private static final String[] GENDERS = {"FEMALE", "MALE", "NON_BINARY"};

  // The performance targets on a 2-core machine (docs/performance.md).
  private static final double MIN_REFERRAL_SHARE_OF_BARE_ENGINE = 0.5;
  private static final double MAX_FILTER_P95_MILLIS = 100;
  private static final Duration MAX_REVIEWS_DUE_ON_ONE_NODE = Duration.ofMinutes(10);
  private static final int REVIEW_TARGET_CASES = 100_000;
  /**
   * At most this many cases per service site (docs/performance.md): 100,000 cases are 200 service
   * sites, as a national programme is run by its municipalities (Sweden has 290, averaging some 345
   * cases each at that size).
   */
  static final int CASES_PER_SITE = 500;

  private static final String BATCH_INVOCATIONS_PER_JOB =
      "camunda.bpm.generic-properties.properties.invocations-per-batch-job";

  private final Settings settings;
  private final ServiceSitesOfTheBenchmark sites;
  private final BenchmarkDatabase database;
  private final LoadRunner load;
  /** The Tasklist and case-status requests: by default one at a time, the latency one user sees. */
  private final LoadRunner queryLoad;
  private final List<ResultTable> tables = new ArrayList<>();
  private final ResultTable memory = new ResultTable("Memory of the application (-Xmx1g)",
      "node", "after", "heap used MiB", "heap committed MiB", "resident MiB");
  private final ResultTable targets = new ResultTable("Targets", "target", "measured", "holds");
  /** The cases opened in step 1, by service site. */
  private final Map<String, List<String>> caseReferences = new LinkedHashMap<>();
  /** Where each service site's internships take place: its first internship site with a host tutor. */
  private final Map<String, JsonNode> internshipSites = new LinkedHashMap<>();
  /** The host tutor of Borlänge's placements: a Tasklist user measured in step 3. */
  private String hostTutor;

  private final Machine machine;
  private final String started;
  /** Whether the benchmark analysed changed tables itself, the server's autovacuum being off. */
  private boolean analysedByTheBenchmark;

  private Benchmark(Settings settings) {
    this.settings = settings;
    this.sites = new ServiceSitesOfTheBenchmark(settings.cases(), settings.casesPerSite());
    this.database = new BenchmarkDatabase(settings.jdbcUrl(), settings.dbUser(), settings.dbPassword());
    this.load = new LoadRunner(settings.clients());
    this.queryLoad = new LoadRunner(settings.queryClients());
    this.machine = Machine.describe(database);
    this.started = DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(Instant.now().atZone(ZoneOffset.UTC).withNano(0));
  }

  public static void main(String[] args) throws IOException {
    Settings settings = Settings.parse(args);
    new Benchmark(settings).run();
  }

  private void run() throws IOException {
    log("Benchmark with %,d cases, %d client threads, on %s", settings.cases(), settings.clients(), machine);
    Autoanalyze autoanalyze = Autoanalyze.startIfServerDoesNot(database, message -> log("%s", message));
    analysedByTheBenchmark = autoanalyze.running();
    ApplicationNode first = startNode("node-1");
    ApplicationNode second = null;
    try {
      String url = first.baseUrl();
      chooseInternshipSites(url);
      Latencies referrals = openCases(url);
      record(first, "referrals");
      if (settings.bareEngine()) {
        Latencies bare = startOneTaskInstances(url);
        record(first, "bare-engine starts");
        compareStartRates(referrals, bare);
      } else {
        compareStartRates(referrals, null);
      }

      measureQueries(url, "with %,d cases at intake".formatted(settings.cases()));
      record(first, "queries at intake");
      if (settings.lastStep() < 4) {
        return;
      }

      moveCasesToInternship(url);
      record(first, "moving cases to the internship");
      Duration oneNode = reviewsFallDue("one node", first);
      record(first, "reviews due (one node)");
      targets.row("%,d due reviews within 10 min on one node".formatted(REVIEW_TARGET_CASES),
          "%,d in %s s".formatted(settings.cases(), seconds(oneNode)),
          verdict(settings.cases() >= REVIEW_TARGET_CASES,
              oneNode.compareTo(MAX_REVIEWS_DUE_ON_ONE_NODE) <= 0));
      measureQueries(url, "with %,d reviews and attendance reports open".formatted(settings.cases()));
      record(first, "queries with the reviews open");
      if (settings.lastStep() < 5) {
        return;
      }

      completeAttendanceReports(url);
      record(first, "task completions");

      restartInternships(url);
      second = startNode("node-2");
      reviewsFallDue("two nodes", first, second);
      record(first, "reviews due (two nodes)");
      record(second, "reviews due (two nodes)");
    } finally {
      boolean survived = first.isAlive() && (second == null || second.isAlive());
      targets.row("the application within a 1 GiB heap", "every node ran with -Xmx1g to the end",
          survived ? "yes" : "NO (a node exited)");
      if (second != null) {
        second.stop();
      }
      first.stop();
      autoanalyze.close();
      // Also after a failure: the figures measured so far.
      printReport();
    }
  }

  // --- Step 1 and 2: referrals against bare-engine starts ------------------------------------------

  private Latencies openCases(String url) {
    Map<String, RestClient> integrations = new LinkedHashMap<>();
    for (String site : sites.all()) {
      integrations.put(site, RestClient.demoUser(url, ServiceSitesOfTheBenchmark.integrationOf(site)));
    }
    String[] references = new String[settings.cases()];
    log("Step 1: %,d referrals (POST /api/referrals, each service site's integration user)", settings.cases());
    Latencies latencies = load.run("referrals", settings.cases(), i -> {
      JsonNode opened = integrations.get(sites.siteOf(i)).post("/api/referrals", referral(i), 201);
      references[i] = opened.path("caseReference").asText();
    });
    for (int i = 0; i < references.length; i++) {
      if (references[i] != null) {
        caseReferences.computeIfAbsent(sites.siteOf(i), site -> new ArrayList<>()).add(references[i]);
      }
    }
    return latencies;
  }

  private Map<String, Object> referral(int i) {
    Map<String, Object> participant = new LinkedHashMap<>();
    participant.put("firstName", FIRST_NAMES[i % FIRST_NAMES.length]);
    participant.put("lastName", LAST_NAMES[i % LAST_NAMES.length]);
    participant.put("birthYear", 1960 + i % 45);
    participant.put("gender", GENDERS[i % GENDERS.length]);
    participant.put("educationLevel", "ISCED_" + i % 9);
    participant.put("labourMarketStatus", "LONG_TERM_UNEMPLOYED");
    participant.put("foreignBackground", i % 3 == 0);
    return Map.of(
        "serviceSite", sites.siteOf(i),
        "referrer", Map.of("service", "social-assistance", "reference", "SA-BENCH-" + i),
        "participant", participant,
        "consentGiven", true);
  }

  /**
   * The same number of instances of a process with one user task, started over the engine REST API
   * with the variables a referral gives its case: what the bare engine does for a start.
   */
  private Latencies startOneTaskInstances(String url) {
    RestClient admin = RestClient.demoUser(url, "demo");
    admin.deploy("benchmark-one-task", settings.oneTaskModel());
    log("Step 2: %,d starts of %s (POST /engine-rest/process-definition/key/%s/start)",
        settings.cases(), ONE_TASK_PROCESS, ONE_TASK_PROCESS);
    return load.run("bare-engine starts", settings.cases(), i -> admin.post(
        "/engine-rest/process-definition/key/" + ONE_TASK_PROCESS + "/start", Map.of(
            "businessKey", "BARE-" + i,
            "variables", Map.of(
                "serviceSite", value(sites.siteOf(i)),
                "firstName", value(FIRST_NAMES[i % FIRST_NAMES.length]),
                "lastName", value(LAST_NAMES[i % LAST_NAMES.length]),
                "birthYear", value(1960 + i % 45),
                "gender", value(GENDERS[i % GENDERS.length]),
                "consentGiven", value(true),
                "referrerService", value("social-assistance"),
                "referrerReference", value("SA-BARE-" + i))), 200));
  }

  /** The referral and bare-engine start rates side by side; {@code bare} is null when left out. */
  private void compareStartRates(Latencies referrals, Latencies bare) {
    ResultTable table = new ResultTable("Opening cases against the bare engine (%d client threads)"
        .formatted(settings.clients()), "what", "requests", "failed", "per second", "p50 ms", "p95 ms", "p99 ms");
    table.row("POST /api/referrals (a case at intake)", referrals.requests(), referrals.failures(),
        referrals.throughput(), referrals.p50(), referrals.p95(), referrals.p99());
    tables.add(table);
    if (bare == null) {
      targets.row("referral throughput at least half of the bare-engine start rate",
          "not measured (--bare-engine=false)", "-");
      return;
    }
    table.row("engine REST start, one-task process", bare.requests(), bare.failures(),
        bare.throughput(), bare.p50(), bare.p95(), bare.p99());
    double ratio = bare.throughput() > 0 ? referrals.throughput() / bare.throughput() : Double.NaN;
    table.row("ratio referrals / bare engine", "", "", "%.2f".formatted(ratio), "", "", "");
    targets.row("referral throughput at least half of the bare-engine start rate",
        "%.2f".formatted(ratio), verdict(true, ratio >= MIN_REFERRAL_SHARE_OF_BARE_ENGINE));
  }

  // --- Step 3: Tasklist filters and case status ----------------------------------------------------

  private void measureQueries(String url, String when) {
    log("Step 3: Tasklist filters and case status %s", when);
    database.vacuumAnalyze();
    ResultTable table = new ResultTable("Tasklist filters and case status, %s (%d client thread%s)"
        .formatted(when, settings.queryClients(), settings.queryClients() == 1 ? "" : "s"),
        "user (role)", "query", "tasks", "requests", "p50 ms", "p95 ms", "p99 ms");
    double worstFilterP95 = 0;
    List<String> users = new ArrayList<>(TASKLIST_USERS);
    users.add(users.size() - 1, hostTutor);
    // Each user signed in to Tasklist, with the filters Tasklist shows them.
    Map<String, TasklistSession> sessions = new LinkedHashMap<>();
    Map<String, List<JsonNode>> filters = new LinkedHashMap<>();
    for (String user : users) {
      TasklistSession session = TasklistSession.signIn(url, user);
      sessions.put(user, session);
      List<JsonNode> own = new ArrayList<>();
      session.get("/filter?resourceType=Task").forEach(own::add);
      filters.put(user, own);
    }
    // A server that staff use all day runs its request code compiled (JIT): every filter is opened
    // WARM_UP_REQUESTS times before any is measured, so that the first user's figures are not those
    // of a server just started.
    for (int i = 0; i < WARM_UP_REQUESTS; i++) {
      for (String user : users) {
        for (JsonNode filter : filters.get(user)) {
          sessions.get(user).postHal(firstPage(filter), TASKLIST_LIST_BODY);
        }
      }
    }
    for (String user : users) {
      TasklistSession session = sessions.get(user);
      for (JsonNode filter : filters.get(user)) {
        String path = firstPage(filter);
        long tasks = session.postHal(path, TASKLIST_LIST_BODY).path("count").asLong();
        Latencies latencies = queryLoad.run(user + " " + filter.path("name").asText(), settings.querySamples(),
            i -> session.postHal(path, TASKLIST_LIST_BODY));
        worstFilterP95 = Math.max(worstFilterP95, latencies.p95());
        table.row(user, "filter \"" + filter.path("name").asText() + "\"", tasks, latencies.requests(),
            latencies.p50(), latencies.p95(), latencies.p99());
      }
    }
    // Cases of the demo sites, which the demo integration user sends.
    RestClient integration = RestClient.demoUser(url, ServiceSitesOfTheBenchmark.DEMO_INTEGRATION);
    List<String> ownCases = caseReferences.entrySet().stream()
        .filter(site -> ServiceSitesOfTheBenchmark.isDemoSite(site.getKey()))
        .flatMap(site -> site.getValue().stream()).toList();
    Random random = new Random(42);
    List<String> sample = new ArrayList<>();
    for (int i = 0; i < settings.querySamples(); i++) {
      sample.add(ownCases.get(random.nextInt(ownCases.size())));
    }
    for (int i = 0; i < WARM_UP_REQUESTS; i++) {
      integration.get("/api/cases/" + sample.get(i % sample.size()));
    }
    Latencies status = queryLoad.run("case status", sample.size(), i -> integration.get("/api/cases/" + sample.get(i)));
    table.row("integration", "GET /api/cases/{ref}", "", status.requests(), status.p50(), status.p95(), status.p99());
    tables.add(table);
    targets.row("each filter query p95 under 100 ms with 100,000 open cases (" + when + ")",
        "worst p95 %.1f ms with %,d cases".formatted(worstFilterP95, settings.cases()),
        verdict(settings.cases() >= REVIEW_TARGET_CASES, worstFilterP95 < MAX_FILTER_P95_MILLIS));
  }

  private static String firstPage(JsonNode filter) {
    return "/filter/" + filter.path("id").asText() + "/list?firstResult=0&maxResults=15";
  }

  /** What Tasklist sends when it opens a filter: the first page, sorted by due date, as HAL. */
  private static final Map<String, Object> TASKLIST_LIST_BODY = Map.of(
      "processVariables", List.of(),
      "taskVariables", List.of(),
      "caseInstanceVariables", List.of(),
      "sorting", List.of(Map.of("sortBy", "dueDate", "sortOrder", "asc")));

  // --- Step 4: every monthly review due at once ----------------------------------------------------

  /**
   * Puts every case into its internship with Camunda's batch operations: the internship's input
   * variables (the site's first internship site and host tutor, a plan) set on all cases of a site,
   * then a modification that starts the internship and cancels the selection.
   */
  private void moveCasesToInternship(String url) {
    RestClient admin = RestClient.demoUser(url, "demo");
    ResultTable table = new ResultTable("Batch operations preparing the internships",
        "batch", "instances", "seconds", "instances per second");
    // One batch per service site (each has its own internship site), all at once.
    log("Step 4: set the internship variables on the cases of %d service sites (variables-async)", sites.all().size());
    Instant start = Instant.now();
    List<String> batches = new ArrayList<>();
    for (String site : sites.all()) {
      JsonNode internshipSite = internshipSites.get(site);
      Map<String, Object> variables = new LinkedHashMap<>();
      variables.put("targetGroup", value("B"));
      variables.put("internshipSiteId", value(internshipSite.path("id").asLong()));
      variables.put("internshipSiteName", value(internshipSite.path("name").asText()));
      variables.put("hostTutor", value(internshipSite.path("hostTutor").asText()));
      variables.put("weeklyHours", value(20));
      variables.put("monthlyGrant", value(400.0));
      variables.put("paymentDecisionNumber", value("PD-BENCH-1"));
      variables.put("paymentDecisionDate", value("2026-01-15"));
      variables.put("planGoals", value("Regular mornings at the workplace"));
      variables.put("internshipStartDate", value("2026-01-15"));
      variables.put("plannedEndDate", value("2099-12-31"));
      batches.add(startBatch(admin, "/engine-rest/process-instance/variables-async", Map.of(
          "processInstanceQuery", Map.of("processDefinitionKey", CASE_PROCESS, "tenantIdIn", List.of(site)),
          "variables", variables)));
    }
    batches.forEach(batch -> awaitBatch(admin, batch));
    Duration variablesTook = Duration.between(start, Instant.now());
    table.row("set variables, %d service sites".formatted(sites.all().size()), settings.cases(),
        seconds(variablesTook), settings.cases() / secondsOf(variablesTook));
    log("Step 4: start the internship and cancel the selection of every case (modification)");
    Duration took = runBatch(admin, "/engine-rest/modification/executeAsync", Map.of(
        "processDefinitionId", latestDefinitionId(admin, CASE_PROCESS),
        "processInstanceQuery", Map.of("processDefinitionKey", CASE_PROCESS, "activityIdIn", List.of("selection")),
        "instructions", List.of(
            Map.of("type", "startBeforeActivity", "activityId", "internship"),
            Map.of("type", "cancel", "activityId", "selection"))));
    table.row("modification: selection to internship", settings.cases(), seconds(took), settings.cases() / secondsOf(took));
    tables.add(table);
    requireMonthTimers();
  }

  /**
   * Starts every internship again (a new month timer, the open review and attendance report
   * cancelled), so that the second measurement has as many fresh timers as the first.
   */
  private void restartInternships(String url) {
    RestClient admin = RestClient.demoUser(url, "demo");
    awaitNoDueJobs();
    log("Two nodes: restart every internship (modification) for a fresh month timer");
    Duration took = runBatch(admin, "/engine-rest/modification/executeAsync", Map.of(
        "processDefinitionId", latestDefinitionId(admin, CASE_PROCESS),
        "processInstanceQuery", Map.of("processDefinitionKey", CASE_PROCESS, "activityIdIn", List.of("internship")),
        "instructions", List.of(
            Map.of("type", "startBeforeActivity", "activityId", "internship"),
            Map.of("type", "cancel", "activityId", "internship", "cancelCurrentActiveActivityInstances", true))));
    log("  restarted %,d internships in %s", settings.cases(), seconds(took));
    requireMonthTimers();
  }

  private void requireMonthTimers() {
    long timers = database.monthTimers();
    if (timers != settings.cases()) {
      throw new IllegalStateException("Expected " + settings.cases() + " month timers, found " + timers
          + " (failed jobs: " + database.failedJobs() + ")");
    }
  }

  /**
   * Moves the clock: every month timer falls due now. Then waits until the nodes' job executors have
   * fired every one, and checks that each case has exactly one interservice review and one attendance
   * report open. A timer fires in one transaction with both tasks, so the wait polls only whether a
   * timer is left, every few seconds: each poll reads the job table, whose index the fired timers
   * leave full of dead entries until a vacuum, and polling twice a second took a share of the two
   * cores that grew with N. The time taken is read from the database, not from the poll: from the
   * due date to the creation of the last task.
   */
  private Duration reviewsFallDue(String nodes, ApplicationNode... running) {
    database.vacuumAnalyze();
    BenchmarkDatabase.TimersDue timersDue = database.makeMonthTimersDue();
    int due = timersDue.timers();
    Instant start = Instant.now();
    log("Step 4 (%s): %,d month timers due now", nodes, due);
    while (database.monthTimersLeft()) {
      for (ApplicationNode node : running) {
        if (!node.isAlive()) {
          throw new IllegalStateException("Node " + node.name() + " exited:\n" + node.logTail(40));
        }
      }
      if (Duration.between(start, Instant.now()).compareTo(settings.reviewTimeout()) > 0) {
        throw new IllegalStateException("After " + settings.reviewTimeout() + " " + database.monthTimers() + " of "
            + due + " timers have not fired (failed jobs: " + database.failedJobs() + ")");
      }
      sleep(REVIEW_POLL_MILLIS);
    }
    Instant lastTask = database.lastCreated(REVIEW_TASK, ATTENDANCE_TASK);
    Duration took = lastTask == null ? Duration.between(start, Instant.now()) : Duration.between(timersDue.at(), lastTask);
    long reviews = database.openTasks(REVIEW_TASK);
    long attendance = database.openTasks(ATTENDANCE_TASK);
    ResultTable table = new ResultTable("Monthly reviews falling due at once, " + nodes,
        "timers due", "all fired after s", "jobs per second",
        "review tasks", "attendance tasks", "failed jobs");
    table.row(due, seconds(took), due / secondsOf(took), reviews, attendance,
        database.failedJobs());
    tables.add(table);
    if (reviews != due || attendance != due) {
      throw new IllegalStateException("Each case should have one review and one attendance report, found "
          + reviews + " and " + attendance + " for " + due + " cases");
    }
    return took;
  }

  // --- Step 5: completing tasks ----------------------------------------------------------------------

  /**
   * The host tutors of the service sites, in turn from Borlänge's, report attendance for a batch of
   * months (submit-form), each the reports offered to them.
   */
  private void completeAttendanceReports(String url) {
    int batch = Math.min(settings.completions(), settings.cases());
    List<RestClient> tutors = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    List<String> tutorNames = new ArrayList<>();
    for (String site : sites.all()) {
      if (ids.size() >= batch) {
        break;
      }
      String tutorName = internshipSites.get(site).path("hostTutor").asText();
      RestClient tutor = RestClient.demoUser(url, tutorName);
      for (JsonNode task : tutor.get("/engine-rest/task?taskDefinitionKey=" + ATTENDANCE_TASK
          + "&firstResult=0&maxResults=" + (batch - ids.size()))) {
        ids.add(task.path("id").asText());
        tutors.add(tutor);
      }
      tutorNames.add(tutorName);
    }
    String who = tutorNames.size() == 1 ? tutorNames.get(0) : "%d host tutors".formatted(tutorNames.size());
    log("Step 5: %s submit %,d attendance reports (POST /engine-rest/task/{id}/submit-form)", who, ids.size());
    Map<String, Object> form = Map.of("variables", Map.of(
        "hoursAttended", value(60), "daysAbsent", value(1), "attendanceComment", value("One day sick")));
    Latencies completions = load.run("completions", ids.size(),
        i -> tutors.get(i).post("/engine-rest/task/" + ids.get(i) + "/submit-form", form, 204));
    ResultTable table = new ResultTable("Completing tasks over REST (%d client threads)".formatted(settings.clients()),
        "what", "requests", "failed", "per second", "p50 ms", "p95 ms", "p99 ms");
    table.row("submit-form \"Report attendance\" (" + who + ")", completions.requests(), completions.failures(),
        completions.throughput(), completions.p50(), completions.p95(), completions.p99());
    tables.add(table);
  }

  // --- Helpers -----------------------------------------------------------------------------------------

  /**
   * Where each service site's internships take place: for the demo sites the first internship site
   * of the demo register with a host tutor, for the added sites the one registered for them.
   */
  private void chooseInternshipSites(String url) {
    JsonNode register = RestClient.demoUser(url, "manager").get("/api/sites");
    for (String site : sites.all()) {
      if (ServiceSitesOfTheBenchmark.isDemoSite(site)) {
        internshipSites.put(site, firstSiteWithHostTutor(register, site));
      }
    }
    if (!sites.added().isEmpty()) {
      log("Adding %d service sites (tenants with an integration user, a host tutor and an internship site)",
          sites.added().size());
      internshipSites.putAll(sites.createAddedSites(url));
    }
    hostTutor = internshipSites.get(sites.all().get(0)).path("hostTutor").asText();
  }

  private static JsonNode firstSiteWithHostTutor(JsonNode sites, String serviceSite) {
    for (JsonNode site : sites) {
      if (serviceSite.equals(site.path("serviceSite").asText()) && !site.path("hostTutor").asText().isBlank()) {
        return site;
      }
    }
    throw new IllegalStateException("No internship site with a host tutor in " + serviceSite);
  }

  private static String latestDefinitionId(RestClient admin, String key) {
    return admin.get("/engine-rest/process-definition?key=" + key + "&latestVersion=true&withoutTenantId=true")
        .get(0).path("id").asText();
  }

  /**
   * Creates a batch and waits until the job executor has run all its jobs (the batch itself ends
   * later, when its monitor job next runs: every 30 s by default).
   */
  private Duration runBatch(RestClient admin, String path, Map<String, Object> request) {
    Instant start = Instant.now();
    awaitBatch(admin, startBatch(admin, path, request));
    return Duration.between(start, Instant.now());
  }

  /** Creates a batch; returns its id. */
  private static String startBatch(RestClient admin, String path, Map<String, Object> request) {
    return admin.post(path, request, 200).path("id").asText();
  }

  /** Waits until the job executor has run all jobs of the batch. */
  private static void awaitBatch(RestClient admin, String batchId) {
    while (true) {
      sleep(500);
      JsonNode statistics = admin.get("/engine-rest/batch/statistics?batchId=" + batchId).path(0);
      if (statistics.path("failedJobs").asLong() > 0) {
        throw new IllegalStateException("Batch " + batchId + " (" + statistics.path("type").asText()
            + ") has failed jobs; see the node log");
      }
      boolean allJobsCreated = statistics.path("jobsCreated").asLong() >= statistics.path("totalJobs").asLong();
      if (statistics.isMissingNode() || allJobsCreated && statistics.path("remainingJobs").asLong() == 0) {
        return;
      }
    }
  }

  private void awaitNoDueJobs() {
    while (database.dueJobs() > 0) {
      sleep(1000);
    }
  }

  /** A node named after the database too, so that runs side by side keep their logs apart. */
  private ApplicationNode startNode(String nodeName) {
    String database = settings.jdbcUrl().substring(settings.jdbcUrl().lastIndexOf('/') + 1).split("\\?")[0];
    String name = database + "-" + nodeName;
    // A fresh database's schema takes a while to create on a busy machine.
    ApplicationNode.Builder builder = ApplicationNode.onPostgres(name, settings.jdbcUrl()).maxHeap("1g")
        .startTimeout(Duration.ofMinutes(10))
        // The batch operations only prepare the measurement: 20 instances per batch job (Camunda's
        // default is 1) prepare 100,000 internships in minutes instead of half an hour.
        .property(BATCH_INVOCATIONS_PER_JOB, "20");
    for (String property : settings.nodeProperties()) {
      builder.property(property.substring(0, property.indexOf('=')), property.substring(property.indexOf('=') + 1));
    }
    if (settings.jar() != null) {
      builder.jar(settings.jar());
    }
    ApplicationNode node = builder.start();
    log("%s up at %s (pid %d, log %s)", name, node.baseUrl(), node.pid(), node.log());
    return node;
  }

  /** The node's memory after a phase; the tables so far are written out, so a long run can be cut short. */
  private void record(ApplicationNode node, String after) throws IOException {
    NodeMemory now = NodeMemory.of(node);
    memory.row(node.name(), after, number(now.heapUsedMiB()), number(now.heapCommittedMiB()),
        number(now.residentMiB()));
    Files.createDirectories(settings.output().getParent());
    Files.writeString(settings.output(), report());
  }

  private void printReport() throws IOException {
    String report = report();
    System.out.println();
    System.out.println(report);
    Files.createDirectories(settings.output().getParent());
    Files.writeString(settings.output(), report);
    log("Written to %s", settings.output());
  }

  private String report() {
    StringBuilder out = new StringBuilder();
    out.append("## Benchmark: %,d cases, %s UTC\n\n".formatted(settings.cases(), started));
    out.append("Cases: %,d in %d service sites (at most %,d each, the sites taking turns); the Tasklist users measured work at %s.\n\n"
        .formatted(settings.cases(), sites.all().size(), settings.casesPerSite(), sites.all().get(0)));
    out.append("Machine: ").append(machine).append(". Client: ").append(settings.clients())
        .append((" threads on the same machine (%d for the queries); %d requests per query, each user signed in"
            + " to Tasklist as a browser is (session and CSRF token), every filter opened %d times before any is measured.")
            .formatted(settings.queryClients(), settings.querySamples(), WARM_UP_REQUESTS));
    if (analysedByTheBenchmark) {
      out.append(" The server runs with autovacuum off: the benchmark analysed changed tables every %d s, as autovacuum does by default."
          .formatted(Autoanalyze.NAPTIME.toSeconds()));
    }
    if (!settings.nodeProperties().isEmpty()) {
      out.append(" Node properties: ").append(String.join(", ", settings.nodeProperties())).append('.');
    }
    out.append("\n\n");
    tables.forEach(table -> out.append(table).append('\n'));
    out.append(memory).append('\n').append(targets);
    return out.toString();
  }

  private static String verdict(boolean atTargetScale, boolean holds) {
    String answer = holds ? "yes" : "NO";
    return atTargetScale ? answer : answer + " (at this N; the target is for 100,000)";
  }

  private static Map<String, Object> value(Object value) {
    return Map.of("value", value);
  }

  private static String number(long value) {
    return value < 0 ? "-" : String.valueOf(value);
  }

  private static double secondsOf(Duration duration) {
    return Math.max(duration.toMillis(), 1) / 1000.0;
  }

  private static String seconds(Duration duration) {
    return duration == null ? "-" : String.format(Locale.ROOT, "%.1f", duration.toMillis() / 1000.0);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void log(String format, Object... arguments) {
    System.out.printf("[%s] %s%n", DateTimeFormatter.ISO_LOCAL_TIME.format(
        Instant.now().atZone(ZoneOffset.UTC).toLocalTime().withNano(0)), format.formatted(arguments));
  }

  /**
   * Command-line options of {@code benchmark/run}. {@code --last-step=3} stops after the queries and
   * {@code 4} after the reviews on one node, for a large N whose full run would take too long;
   * {@code --node-property=key=value} (repeatable) starts the nodes with an application property, to
   * compare settings; {@code --bare-engine=false} leaves out the bare-engine starts;
   * {@code --query-clients=8} sends the queries from 8 threads at once (default 1: one user's wait).
   */
  record Settings(int cases, int clients, int queryClients, int querySamples, int completions, String jdbcUrl,
      String dbUser, String dbPassword, String jar, Path oneTaskModel, Path output, Duration reviewTimeout, int lastStep,
      List<String> nodeProperties, boolean bareEngine, int casesPerSite) {

    static Settings parse(String[] args) {
      Map<String, String> options = new LinkedHashMap<>();
      List<String> nodeProperties = new ArrayList<>();
      for (String arg : args) {
        if (!arg.startsWith("--") || !arg.contains("=")) {
          throw new IllegalArgumentException("Options are --name=value, not " + arg);
        }
        String name = arg.substring(2, arg.indexOf('='));
        String value = arg.substring(arg.indexOf('=') + 1);
        if (name.equals("node-property")) {
          nodeProperties.add(value);
        } else {
          options.put(name, value);
        }
      }
      int cases = Integer.parseInt(options.getOrDefault("cases", "10000"));
      return new Settings(cases,
          Integer.parseInt(options.getOrDefault("clients", "8")),
          Integer.parseInt(options.getOrDefault("query-clients", "1")),
          Integer.parseInt(options.getOrDefault("query-samples", "100")),
          Integer.parseInt(options.getOrDefault("completions", "2000")),
          required(options, "jdbc-url"),
          options.getOrDefault("db-user", "postgres"),
          options.getOrDefault("db-password", ""),
          options.get("jar"),
          Path.of(options.getOrDefault("one-task-model", "benchmark/one-task.bpmn")),
          Path.of(options.getOrDefault("output", "target/benchmark/result-" + cases + ".md")),
          Duration.ofMinutes(Long.parseLong(options.getOrDefault("review-timeout-minutes", "60"))),
          Integer.parseInt(options.getOrDefault("last-step", "5")),
          List.copyOf(nodeProperties),
          Boolean.parseBoolean(options.getOrDefault("bare-engine", "true")),
          Integer.parseInt(options.getOrDefault("cases-per-site", String.valueOf(CASES_PER_SITE))));
    }

    private static String required(Map<String, String> options, String name) {
      String value = options.get(name);
      if (value == null) {
        throw new IllegalArgumentException("--" + name + "=... is required");
      }
      return value;
    }
  }
}
