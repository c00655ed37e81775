package org.rehabpath.dashboard;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.rehabpath.grant.PaymentReport;
import org.rehabpath.grant.WorkGrantPayment;
import org.rehabpath.pathway.PathwayProcess;
import org.rehabpath.review.StepLadder;
import org.rehabpath.review.StepLadders;
import org.rehabpath.review.StepMovement;
import org.rehabpath.review.StepRecords;
import org.rehabpath.review.StepRecords.StepRecord;
import org.rehabpath.routing.RoutingVariables;
import org.rehabpath.security.CurrentUser;
import org.rehabpath.security.EngineAsSystem;
import org.rehabpath.security.Groups;
import org.rehabpath.security.ServiceSites;
import org.rehabpath.system.InvalidPeriodException;
import org.rehabpath.site.InternshipSite;
import org.rehabpath.site.InternshipSiteRepository;
import org.springframework.stereotype.Service;

/**
 * The programme dashboard's figures for a programme manager's service sites, read from the engine's
 * history (phases, pathways, time in phase) and the project's records (internship places, grants).
 * The engine is queried without the user's authorizations but restricted explicitly to the user's
 * service sites and to the case process, so the clinical record never enters a figure.
 */
@Service
public class ProgrammeDashboard {

  static final List<String> READERS = List.of(Groups.PROGRAMME_MANAGERS);
  /** A running case between two phases (just referred, or routed and not yet in the next phase). */
  static final String BETWEEN_PHASES = "Between phases";
  static final String NOT_YET_ROUTED = "Not yet routed";
  static final String NO_TARGET_GROUP = "No target group";
  static final int MAX_MONTHS = 36;

  private final HistoryService historyService;
  private final InternshipSiteRepository sites;
  private final PaymentReport payments;
  private final CurrentUser currentUser;
  private final ServiceSites serviceSites;
  private final EngineAsSystem engine;
  private final StepRecords stepRecords;
  private final StepLadders ladders;

  public ProgrammeDashboard(HistoryService historyService, InternshipSiteRepository sites, PaymentReport payments,
      CurrentUser currentUser, ServiceSites serviceSites, EngineAsSystem engine, StepRecords stepRecords,
      StepLadders ladders) {
    this.stepRecords = stepRecords;
    this.ladders = ladders;
    this.historyService = historyService;
    this.sites = sites;
    this.payments = payments;
    this.currentUser = currentUser;
    this.serviceSites = serviceSites;
    this.engine = engine;
  }

  /**
   * @param serviceSite one of the user's sites, or null for all of them
   * @param from first month of the monthly charts; null: eleven months before {@code to}
   * @param to last month; null: this month
   */
  public DashboardFigures figures(String serviceSite, YearMonth from, YearMonth to) {
    currentUser.requireAnyGroup(READERS, "read the programme dashboard");
    List<String> counted = serviceSites.namedOrAllOwn(serviceSite, "read the dashboard");
    YearMonth last = to == null ? YearMonth.now() : to;
    YearMonth first = from == null ? last.minusMonths(11) : from;
    if (first.plusMonths(MAX_MONTHS - 1).isBefore(last)) {
      throw new InvalidPeriodException("The dashboard shows at most " + MAX_MONTHS + " months at a time");
    }
    List<WorkGrantPayment> paid = payments.between(first, last, counted);
    List<StepRecord> steps = stepRecords.forServiceSites(counted, last.atEndOfMonth());
    StepLadder ladder = ladders.current();
    return engine.query(() -> {
      String[] tenants = counted.toArray(String[]::new);
      long open = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PathwayProcess.KEY)
          .tenantIdIn(tenants).unfinished().count();
      long closed = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PathwayProcess.KEY)
          .tenantIdIn(tenants).finished().count();
      return new DashboardFigures(counted, first, last, open, closed,
          Chart.of("Open cases by phase", "cases", casesByPhase(tenants, open)),
          Chart.of("Cases by pathway", "cases", byValue(tenants, RoutingVariables.PATHWAY, open + closed, NOT_YET_ROUTED)),
          Chart.of("Cases by target group", "cases", byValue(tenants, RoutingVariables.TARGET_GROUP, open + closed, NO_TARGET_GROUP)),
          Chart.of("Average days spent in each phase", "days", daysInPhase(tenants)),
          Chart.stacked("Internship places", "places", internshipPlaces(counted)),
          Chart.of("Work grants paid per month", "EUR", grantsPerMonth(paid, first, last)),
          Chart.stacked("Step movements per month", "moves", stepMovements(steps, ladder, first, last)),
          Chart.stacked("Participants by latest step", "participants", latestSteps(steps, ladder)));
    });
  }

  /** The phase (call activity) each open case is in now. */
  private Map<String, Long> casesByPhase(String[] tenants, long open) {
    Map<String, Long> byPhase = callActivities(tenants, false).stream()
        .collect(Collectors.groupingBy(HistoricActivityInstance::getActivityName, TreeMap::new, Collectors.counting()));
    long inAPhase = byPhase.values().stream().mapToLong(Long::longValue).sum();
    if (open > inAPhase) {
      byPhase.put(BETWEEN_PHASES, open - inAPhase);
    }
    return byPhase;
  }

  /** Cases by the value of a case variable; cases without it under {@code missing}. */
  private Map<String, Long> byValue(String[] tenants, String variable, long cases, String missing) {
    Map<String, Long> counts = historyService.createHistoricVariableInstanceQuery().variableName(variable)
        .tenantIdIn(tenants).list().stream()
        .filter(v -> PathwayProcess.KEY.equals(v.getProcessDefinitionKey()) && v.getValue() != null)
        .collect(Collectors.groupingBy(v -> String.valueOf(v.getValue()), TreeMap::new, Collectors.counting()));
    long counted = counts.values().stream().mapToLong(Long::longValue).sum();
    if (cases > counted) {
      counts.put(missing, cases - counted);
    }
    return counts;
  }

  /** Mean days of each finished pass through a phase, one decimal, in the order phases are met. */
  private Map<String, BigDecimal> daysInPhase(String[] tenants) {
    Map<String, List<Long>> durations = new LinkedHashMap<>();
    callActivities(tenants, true).stream()
        .sorted(java.util.Comparator.comparing(HistoricActivityInstance::getStartTime))
        .forEach(a -> durations.computeIfAbsent(a.getActivityName(), k -> new java.util.ArrayList<>()).add(a.getDurationInMillis()));
    Map<String, BigDecimal> days = new LinkedHashMap<>();
    durations.forEach((phase, millis) -> days.put(phase, BigDecimal.valueOf(
        millis.stream().mapToLong(Long::longValue).average().orElse(0) / 86_400_000d).setScale(1, java.math.RoundingMode.HALF_UP)));
    return days;
  }

  private List<HistoricActivityInstance> callActivities(String[] tenants, boolean finished) {
    var query = historyService.createHistoricActivityInstanceQuery().activityType("callActivity").tenantIdIn(tenants);
    return (finished ? query.finished() : query.unfinished()).list().stream()
        .filter(a -> PathwayProcess.KEY.equals(a.getProcessDefinitionKey()))
        .toList();
  }

  /** Each internship site's places taken and free. */
  private Map<String, Map<String, Long>> internshipPlaces(List<String> counted) {
    Map<String, Map<String, Long>> places = new LinkedHashMap<>();
    for (String site : counted) {
      for (InternshipSite host : sites.findByServiceSite(site)) {
        Map<String, Long> split = new LinkedHashMap<>();
        split.put("taken", (long) host.placesTaken());
        split.put("free", (long) host.freePlaces());
        places.put(host.name(), split);
      }
    }
    return places;
  }

  /**
   * Each month's step movements (forward, no move, back): a move is counted in the month of the step
   * that ends it, from the step recorded for the case before it.
   */
  private static Map<String, Map<String, Long>> stepMovements(List<StepRecord> steps, StepLadder ladder,
      YearMonth from, YearMonth to) {
    Map<String, Map<String, Long>> months = new LinkedHashMap<>();
    for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
      Map<String, Long> moves = new LinkedHashMap<>();
      moves.put(MOVES.get(StepMovement.FORWARD), 0L);
      moves.put(MOVES.get(StepMovement.NONE), 0L);
      moves.put(MOVES.get(StepMovement.BACK), 0L);
      months.put(month.toString(), moves);
    }
    StepRecord previous = null;
    for (StepRecord step : steps) {
      boolean sameCase = previous != null && previous.caseReference().equals(step.caseReference());
      StepMovement movement = sameCase ? ladder.movement(previous.step(), step.step()) : null;
      Map<String, Long> month = months.get(YearMonth.from(step.recordedAt()).toString());
      if (movement != null && month != null) {
        month.merge(MOVES.get(movement), 1L, Long::sum);
      }
      previous = step;
    }
    return months;
  }

  static final Map<StepMovement, String> MOVES =
      Map.of(StepMovement.FORWARD, "forward", StepMovement.NONE, "no move", StepMovement.BACK, "back");

  /** Each participant's last recorded step, counted by step in ladder order. */
  private static Map<String, Map<String, Long>> latestSteps(List<StepRecord> steps, StepLadder ladder) {
    Map<String, String> latest = new LinkedHashMap<>();
    steps.forEach(step -> latest.put(step.caseReference(), step.step()));
    Map<String, Map<String, Long>> bySteps = new LinkedHashMap<>();
    for (StepLadder.Step step : ladder.steps()) {
      long participants = latest.values().stream().filter(step.code()::equals).count();
      Map<String, Long> split = new LinkedHashMap<>();
      split.put(CLOSER, step.closerToLabourMarket() ? participants : 0L);
      split.put(NOT_YET, step.closerToLabourMarket() ? 0L : participants);
      bySteps.put(step.label(), split);
    }
    return bySteps;
  }

  static final String CLOSER = "closer to the labour market";
  static final String NOT_YET = "not yet";

  /** The sum paid for each month of the period, months without payments included. */
  private static Map<String, BigDecimal> grantsPerMonth(List<WorkGrantPayment> paid, YearMonth from, YearMonth to) {
    Map<YearMonth, BigDecimal> byMonth = paid.stream().collect(Collectors.groupingBy(WorkGrantPayment::paymentMonth,
        Collectors.reducing(BigDecimal.ZERO, WorkGrantPayment::amount, BigDecimal::add)));
    Map<String, BigDecimal> months = new LinkedHashMap<>();
    for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
      months.put(month.toString(), byMonth.getOrDefault(month, BigDecimal.ZERO));
    }
    return months;
  }
}
