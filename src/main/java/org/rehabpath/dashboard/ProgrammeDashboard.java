package org.rehabpath.dashboard;

import org.rehabpath.caseevent.CaseEventRecords;
import org.rehabpath.caseevent.PauseReason;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.rehabpath.dashboard.CaseHistoryFigures.PhaseDuration;
import org.rehabpath.grant.PaymentReport;
import org.rehabpath.report.EsfIndicators;
import org.rehabpath.report.OwnVoiceIndicators;
import org.rehabpath.report.ReportSettings;
import org.rehabpath.voice.ProgrammeVoiceFigures;
import org.rehabpath.routing.RoutingVariables;
import org.rehabpath.security.CurrentUser;
import org.rehabpath.security.EngineAsSystem;
import org.rehabpath.security.Groups;
import org.rehabpath.security.ServiceSites;
import org.rehabpath.site.InternshipSite;
import org.rehabpath.site.InternshipSiteRepository;
import org.rehabpath.steps.StepLadder;
import org.rehabpath.steps.StepLadders;
import org.rehabpath.steps.StepMovement;
import org.rehabpath.steps.StepRecords.StepChange;
import org.rehabpath.steps.StepRecords;
import org.rehabpath.variables.CaseVariables;
import org.rehabpath.web.InvalidPeriodException;
import org.springframework.stereotype.Service;

/**
 * The programme dashboard's figures for a programme manager's service sites, read from the engine's
 * history (phases, pathways, time in phase) and the project's records (internship places, grants,
 * steps). Every figure is counted by the database, so the page costs the same memory at ten cases as at
 * a hundred thousand. The history is read without the user's authorizations but restricted explicitly
 * to the user's service sites and to the case process, so the clinical record never enters a figure.
 */
@Service
public class ProgrammeDashboard {

  static final List<String> READERS = List.of(Groups.PROGRAMME_MANAGERS);
  /** A running case between two phases (just referred, or routed and not yet in the next phase). */
  static final String BETWEEN_PHASES = "Between phases";
  /** An open case without a pathway yet. */
  static final String NOT_YET_ROUTED = "Not yet routed";
  /** A case that closed without a pathway: no consent or not eligible at selection, or cancelled early. */
  static final String CLOSED_BEFORE_ROUTING = "Closed before routing";
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
  private final CaseHistoryFigures history;
  private final CaseEventRecords caseEvents;
  private final ProgrammeVoiceFigures voice;
  private final ReportSettings reportSettings;

  ProgrammeDashboard(HistoryService historyService, InternshipSiteRepository sites, PaymentReport payments,
      CurrentUser currentUser, ServiceSites serviceSites, EngineAsSystem engine, StepRecords stepRecords,
      StepLadders ladders, CaseHistoryFigures history, CaseEventRecords caseEvents, ProgrammeVoiceFigures voice,
      ReportSettings reportSettings) {
    this.voice = voice;
    this.reportSettings = reportSettings;
    this.caseEvents = caseEvents;
    this.history = history;
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
    InvalidPeriodException.requireOrdered(first, last);
    if (first.plusMonths(MAX_MONTHS - 1).isBefore(last)) {
      throw new InvalidPeriodException("The dashboard shows at most " + MAX_MONTHS + " months at a time");
    }
    Map<YearMonth, BigDecimal> paid = payments.totalsByMonth(first, last, counted);
    Map<YearMonth, BigDecimal> unpaid = payments.unpaidTotalsByMonth(first, last, counted);
    List<StepChange> changes = stepRecords.changesByMonth(counted, first.atDay(1), last.atEndOfMonth());
    Map<String, Long> latestSteps = stepRecords.casesByLatestStep(counted, last.atEndOfMonth());
    StepLadder ladder = ladders.current();
    String[] tenants = counted.toArray(String[]::new);
    long open = engine.query(() -> historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(CaseVariables.PROCESS_KEY).tenantIdIn(tenants).unfinished().count());
    long closed = engine.query(() -> historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(CaseVariables.PROCESS_KEY).tenantIdIn(tenants).finished().count());
    return new DashboardFigures(counted, first, last, open, closed,
        Chart.of("Open cases by phase", "cases",
            withRemainder(history.openCasesByPhase(counted), open, BETWEEN_PHASES)),
        Chart.of("Cases by pathway", "cases", casesByPathway(counted, open, closed)),
        Chart.of("Cases by target group", "cases",
            withRemainder(history.casesByVariable(counted, RoutingVariables.TARGET_GROUP.name()), open + closed, NO_TARGET_GROUP)),
        Chart.of("Average days spent in each phase", "days", daysInPhase(history.finishedPhaseDurations(counted))),
        Chart.stacked("Internship places", "places", internshipPlaces(counted)),
        Chart.of("Work grants paid per month", "EUR", grantsPerMonth(paid, first, last)),
        Chart.of("Work grants due and not yet paid, by month", "EUR", grantsPerMonth(unpaid, first, last)),
        Chart.stacked("Step movements per month", "moves", stepMovements(changes, ladder, first, last)),
        Chart.stacked("Participants by latest step", "participants", latestSteps(latestSteps, ladder)),
        Chart.of("Cases paused now, by reason", "cases", pausedByReason(counted)),
        ownVoice(voice.improvement(counted, first, last)));
  }

  /** One chart per dimension: the share improved, as the ESF+ report's rows show it (same suppression). */
  private List<Chart> ownVoice(List<ProgrammeVoiceFigures.Improvement> improvements) {
    List<Chart> charts = new java.util.ArrayList<>();
    List<EsfIndicators.Row> rows = OwnVoiceIndicators.rows(improvements, reportSettings.getMinimumCell());
    for (int i = 0; i < improvements.size(); i++) {
      EsfIndicators.Row answered = rows.get(3 * i);
      EsfIndicators.Row share = rows.get(3 * i + 2);
      List<Chart.Bar> bars = new java.util.ArrayList<>();
      Integer[] shares = {share.women(), share.men(), share.nonBinary(), share.total()};
      Integer[] counts = {answered.women(), answered.men(), answered.nonBinary(), answered.total()};
      String[] who = {"Women", "Men", "Non-binary", "All"};
      for (int c = 0; c < 4; c++) {
        bars.add(new Chart.Bar(counts[c] == null ? who[c] : who[c] + " (of " + counts[c] + ")",
            shares[c] == null ? null : BigDecimal.valueOf(shares[c]), shares[c] == null ? 0 : shares[c], Map.of()));
      }
      charts.add(new Chart("In their own words: " + share.description().replace("Share whose ", "")
          .replace(" improved (%)", "") + " improved since the baseline", "%", bars));
    }
    return charts;
  }

  /** Every reason, in its order, with the cases paused for it now (none as 0). */
  private Map<String, Long> pausedByReason(List<String> counted) {
    Map<PauseReason, Long> paused = caseEvents.pausedNow(counted);
    Map<String, Long> byReason = new LinkedHashMap<>();
    for (PauseReason reason : PauseReason.values()) {
      byReason.put(PAUSE_REASONS.get(reason), paused.getOrDefault(reason, 0L));
    }
    return byReason;
  }

  /**
   * Cases by pathway; those without one are open ones not yet routed, or closed ones that never were
   * (a case closed at selection is not waiting for routing).
   */
  private Map<String, Long> casesByPathway(List<String> counted, long open, long closed) {
    Map<String, Long> byPathway = history.casesByVariable(counted, RoutingVariables.PATHWAY.name());
    long routed = byPathway.values().stream().mapToLong(Long::longValue).sum();
    long closedRouted = history.closedCasesWithVariable(counted, RoutingVariables.PATHWAY.name());
    if (open > routed - closedRouted) {
      byPathway.put(NOT_YET_ROUTED, open - (routed - closedRouted));
    }
    if (closed > closedRouted) {
      byPathway.put(CLOSED_BEFORE_ROUTING, closed - closedRouted);
    }
    return byPathway;
  }

  /** The counted values, plus the cases not counted under {@code rest} (when there are any). */
  private static Map<String, Long> withRemainder(Map<String, Long> counts, long cases, String rest) {
    long counted = counts.values().stream().mapToLong(Long::longValue).sum();
    if (cases > counted) {
      counts.put(rest, cases - counted);
    }
    return counts;
  }

  /** Mean days of the finished passes through each phase, one decimal, in the order phases are met. */
  private static Map<String, BigDecimal> daysInPhase(List<PhaseDuration> durations) {
    Map<String, BigDecimal> days = new LinkedHashMap<>();
    durations.forEach(phase -> days.put(phase.phase(), BigDecimal.valueOf(
            (double) phase.totalMillis() / phase.passes() / 86_400_000d)
        .setScale(1, RoundingMode.HALF_UP)));
    return days;
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
  private static Map<String, Map<String, Long>> stepMovements(List<StepChange> changes, StepLadder ladder,
      YearMonth from, YearMonth to) {
    Map<String, Map<String, Long>> months = new LinkedHashMap<>();
    for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
      Map<String, Long> moves = new LinkedHashMap<>();
      moves.put(MOVES.get(StepMovement.FORWARD), 0L);
      moves.put(MOVES.get(StepMovement.NONE), 0L);
      moves.put(MOVES.get(StepMovement.BACK), 0L);
      months.put(month.toString(), moves);
    }
    for (StepChange change : changes) {
      StepMovement movement = change.movement() != null ? change.movement() : ladder.movement(change.fromStep(), change.toStep());
      Map<String, Long> month = months.get(change.month().toString());
      if (movement != null && month != null) {
        month.merge(MOVES.get(movement), change.cases(), Long::sum);
      }
    }
    return months;
  }

  static final Map<StepMovement, String> MOVES =
      Map.of(StepMovement.FORWARD, "forward", StepMovement.NONE, "no move", StepMovement.BACK, "back");

  /** Participants by their last recorded step, in ladder order. */
  private static Map<String, Map<String, Long>> latestSteps(Map<String, Long> casesByStep, StepLadder ladder) {
    Map<String, Map<String, Long>> bySteps = new LinkedHashMap<>();
    for (StepLadder.Step step : ladder.steps()) {
      long participants = casesByStep.getOrDefault(step.code(), 0L);
      Map<String, Long> split = new LinkedHashMap<>();
      split.put(CLOSER, step.closerToLabourMarket() ? participants : 0L);
      split.put(NOT_YET, step.closerToLabourMarket() ? 0L : participants);
      bySteps.put(step.label(), split);
    }
    return bySteps;
  }

  static final Map<PauseReason, String> PAUSE_REASONS = Map.of(PauseReason.HOSPITAL_STAY, "Hospital stay",
      PauseReason.RESIDENTIAL_TREATMENT, "Residential treatment", PauseReason.PARENTAL_LEAVE, "Parental leave",
      PauseReason.OTHER, "Other");

  static final String CLOSER = "closer to the labour market";
  static final String NOT_YET = "not yet";

  /** The sum paid for each month of the period, months without payments included. */
  private static Map<String, BigDecimal> grantsPerMonth(Map<YearMonth, BigDecimal> byMonth, YearMonth from, YearMonth to) {
    Map<String, BigDecimal> months = new LinkedHashMap<>();
    for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
      months.put(month.toString(), byMonth.getOrDefault(month, BigDecimal.ZERO));
    }
    return months;
  }
}
