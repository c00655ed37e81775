package org.rehabpath.grant;

import java.io.Reader;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.rehabpath.grant.PaymentCsv.RowError;
import org.rehabpath.security.EngineAsSystem;
import org.rehabpath.variables.CaseVariables;
import org.rehabpath.web.ApiProblemException;
import org.rehabpath.web.InvalidPeriodException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Work-grant payments for the finance office: listing a period, importing historical payments. */
@Service
public class PaymentReport {

  private final WorkGrantPaymentRepository repository;
  private final HistoryService historyService;
  private final EngineAsSystem engine;
  private final EntitlementRepository entitlements;

  public PaymentReport(WorkGrantPaymentRepository repository, HistoryService historyService, EngineAsSystem engine,
      EntitlementRepository entitlements) {
    this.entitlements = entitlements;
    this.repository = repository;
    this.historyService = historyService;
    this.engine = engine;
  }

  /**
   * The service site a case belongs to: its case's tenant (given), or, for a historical case the engine
   * never ran, the site its earlier payments were made at; empty for a case nobody knows.
   */
  private Optional<String> siteOf(String caseReference, List<String> engineTenants) {
    if (!engineTenants.isEmpty()) {
      return Optional.ofNullable(engineTenants.get(0));
    }
    return repository.sitesPaidFor(caseReference).stream().findFirst();
  }

  /** The service sites (tenants) of the case's instances in the engine: empty for a case it never ran. */
  private List<String> engineTenants(String caseReference) {
    return engine.query(() -> historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseReference).processDefinitionKey(CaseVariables.PROCESS_KEY).list())
        .stream().map(HistoricProcessInstance::getTenantId).distinct().toList();
  }

  public List<WorkGrantPayment> between(YearMonth from, YearMonth to, List<String> serviceSites) {
    InvalidPeriodException.requireOrdered(from, to);
    return repository.findByMonthBetween(from, to, serviceSites);
  }

  /** The sum paid for each month of the period at the service sites (months without payments absent). */
  public java.util.Map<YearMonth, java.math.BigDecimal> totalsByMonth(YearMonth from, YearMonth to, List<String> serviceSites) {
    InvalidPeriodException.requireOrdered(from, to);
    return repository.totalsByMonth(from, to, serviceSites);
  }

  /** The sum due and not yet paid for each month of the period at the service sites (months without any absent). */
  public java.util.Map<YearMonth, java.math.BigDecimal> unpaidTotalsByMonth(YearMonth from, YearMonth to, List<String> serviceSites) {
    InvalidPeriodException.requireOrdered(from, to);
    return entitlements.unpaidTotalsByMonth(from, to, serviceSites);
  }

  /** The refusal of a whole import, with every bad row. */
  public static class ImportRefusedException extends ApiProblemException {
    private final List<RowError> errors;

    public ImportRefusedException(List<RowError> errors) {
      super("The file was not imported: " + errors.size() + " problem(s); fix them and send the whole file again.");
      this.errors = errors;
    }

    public List<RowError> errors() {
      return errors;
    }

    @Override
    public ProblemDetail problem() {
      ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "File not imported");
      problem.setProperty("errors", errors);
      return problem;
    }
  }

  /**
   * Imports every row of the file, or none: a row that is invalid, covers a month of a case that
   * another row of the file or an earlier payment covers, or gives a decision number a date other
   * than the one it already has refuses the whole file. Each row is paid under its decision (the
   * site's number of the decision date's year), created as imported when it is not there yet.
   */
  @Transactional
  public int importCsv(Reader csv, List<String> serviceSites, String importedBy) {
    PaymentCsv.Parsed parsed = PaymentCsv.read(csv, serviceSites::contains);
    // Every row that could be read is checked against the ledger too: the answer names every problem.
    List<RowError> errors = new ArrayList<>(parsed.errors());
    Map<String, Integer> seen = new HashMap<>();
    Map<String, LocalDate> decisionDates = new HashMap<>();
    List<WorkGrantPayment> payments = parsed.readable();
    for (int i = 0; i < payments.size(); i++) {
      WorkGrantPayment p = payments.get(i);
      long line = parsed.readableLines().get(i);
      // Another site's case is refused before anything of its payments is looked at or told.
      List<String> ranAt = engineTenants(p.caseReference());
      Optional<String> site = siteOf(p.caseReference(), ranAt);
      if (site.isPresent() && !site.get().equals(p.serviceSite())) {
        errors.add(new RowError(line, "case_reference", "is not a case of service site " + p.serviceSite()));
        continue;
      }
      // A case this system runs is paid by payment decisions, with four eyes, never by an import.
      if (!ranAt.isEmpty() || !entitlements.findByCase(p.caseReference()).isEmpty()) {
        errors.add(new RowError(line, "case_reference", "is a case run here: its months are paid by payment"
            + " decisions, not imported"));
        continue;
      }
      Integer earlier = null;
      for (YearMonth month = p.paymentMonth(); !month.isAfter(p.lastMonth()) && earlier == null; month = month.plusMonths(1)) {
        earlier = seen.putIfAbsent(p.caseReference() + "|" + month, (int) line);
      }
      if (earlier != null) {
        errors.add(new RowError(line, "first_month", "covers a month of case " + p.caseReference()
            + " that line " + earlier + " covers too"));
      } else if (!repository.paymentsOverlapping(p.caseReference(), p.paymentMonth(), p.lastMonth()).isEmpty()) {
        errors.add(new RowError(line, "first_month", "case " + p.caseReference() + " is already paid for a month of "
            + p.months()));
      }
      String decisionKey = p.serviceSite() + "|" + p.decisionDate().getYear() + "|" + p.paymentDecisionNumber();
      LocalDate dated = decisionDates.putIfAbsent(decisionKey, p.decisionDate());
      LocalDate known = dated != null ? dated : repository.findDecision(p.serviceSite(), p.decisionDate().getYear(),
          p.paymentDecisionNumber()).map(PaymentDecision::date).orElse(p.decisionDate());
      if (!known.equals(p.decisionDate())) {
        errors.add(new RowError(line, "decision_date", "decision " + p.paymentDecisionNumber() + " of "
            + p.decisionDate().getYear() + " is dated " + known));
      }
      repository.findDecision(p.serviceSite(), p.decisionDate().getYear(), p.paymentDecisionNumber())
          .filter(decision -> decision.approvedBy() != null)
          .ifPresent(decision -> errors.add(new RowError(line, "payment_decision_number", "decision "
              + decision.number() + " of " + decision.year() + " was approved here: an import adds only to decisions"
              + " imported before")));
    }
    if (!errors.isEmpty()) {
      errors.sort(java.util.Comparator.comparingLong(RowError::line));
      throw new ImportRefusedException(errors);
    }
    for (WorkGrantPayment p : payments) {
      PaymentDecision decision = repository.findDecision(p.serviceSite(), p.decisionDate().getYear(), p.paymentDecisionNumber())
          .orElseGet(() -> repository.insertDecision(p.serviceSite(), p.paymentDecisionNumber(), p.decisionDate(), null));
      repository.insert(new WorkGrantPayment(null, p.caseReference(), p.serviceSite(), p.paymentMonth(), p.lastMonth(),
          p.hoursAttended(), p.amount(), p.kind(), p.paymentDecisionNumber(), p.decisionDate(), null, null, null,
          importedBy, null), decision.id());
    }
    return payments.size();
  }
}
