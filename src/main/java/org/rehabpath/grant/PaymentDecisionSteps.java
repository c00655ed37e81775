package org.rehabpath.grant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.Tenant;
import org.rehabpath.engine.EngineClock;
import org.rehabpath.engine.FieldRefusal;
import org.rehabpath.grant.PaymentDecisions.Numbering;
import org.rehabpath.models.ModelBean;
import org.rehabpath.security.ClinicalRecords;
import org.rehabpath.security.CurrentUser;
import org.rehabpath.variables.CaseVariables;
import org.rehabpath.variables.ProcessVariable;
import org.rehabpath.web.MessageText;

/**
 * The steps of {@code payment-calendar.bpmn} and {@code payment-decision.bpmn} (bean
 * {@code paymentDecisionSteps}): a decision process per service site each month, listing the site's
 * unpaid entitlements for a programme manager, who approves them under a numbered decision.
 */
@ModelBean("paymentDecisionSteps")
public class PaymentDecisionSteps {

  public static final String CALENDAR_KEY = "payment-calendar";
  public static final String PROCESS_KEY = "payment-decision";
  public static final String APPROVE_TASK = "approve-payment-decision";

  public static final ProcessVariable<String> SERVICE_SITE_NAME = ProcessVariable.text("serviceSiteName");
  public static final ProcessVariable<String> ENTITLEMENTS_TO_PAY = ProcessVariable.text("entitlementsToPay");
  public static final ProcessVariable<String> ENTITLEMENT_IDS = ProcessVariable.text("entitlementIds");
  public static final ProcessVariable<Integer> UNPAID_COUNT = ProcessVariable.wholeNumber("unpaidCount");
  public static final ProcessVariable<BigDecimal> UNPAID_TOTAL = ProcessVariable.decimal("unpaidTotal");
  public static final ProcessVariable<Boolean> APPROVED = ProcessVariable.flag("paymentDecisionApproved");
  public static final ProcessVariable<String> NUMBER = ProcessVariable.text("decisionNumber");
  public static final ProcessVariable<LocalDate> DATE = ProcessVariable.date("decisionDate");
  public static final ProcessVariable<String> COMMENT = ProcessVariable.text("decisionComment");
  public static final ProcessVariable<Long> DECISION_ID = ProcessVariable.id("paymentDecisionId");

  /** Every variable of {@code payment-decision}, each with its type. */
  public static org.rehabpath.variables.ProcessContract contract() {
    return org.rehabpath.variables.ProcessContract.of(PROCESS_KEY, PaymentDecisionSteps.class, CaseVariables.class);
  }

  /** {@code payment-calendar} holds no variables of its own. */
  public static org.rehabpath.variables.ProcessContract calendarContract() {
    return org.rehabpath.variables.ProcessContract.of(CALENDAR_KEY);
  }

  private final EntitlementRepository entitlements;
  private final PaymentDecisions decisions;
  private final CurrentUser currentUser;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final org.camunda.bpm.engine.HistoryService historyService;

  public PaymentDecisionSteps(EntitlementRepository entitlements, PaymentDecisions decisions, CurrentUser currentUser,
      RuntimeService runtimeService, IdentityService identityService, org.camunda.bpm.engine.HistoryService historyService) {
    this.historyService = historyService;
    this.entitlements = entitlements;
    this.decisions = decisions;
    this.currentUser = currentUser;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  /** "Open a payment decision per service site": one per site and month, never two. */
  public void openForEverySite(DelegateExecution execution) {
    String month = EngineClock.thisMonth().toString();
    for (Tenant site : identityService.createTenantQuery().list()) {
      if (ClinicalRecords.isClinicalRecord(site.getId())) {
        continue;
      }
      String key = site.getId() + "/" + month;
      // Ended or still open: a site has one decision process per month.
      if (historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(key).count() == 0) {
        runtimeService.createProcessInstanceByKey(PROCESS_KEY).businessKey(key)
            .setVariable(CaseVariables.SERVICE_SITE.name(), site.getId())
            .setVariable(SERVICE_SITE_NAME.name(), site.getName() == null ? site.getId() : site.getName())
            .execute();
      }
    }
  }

  /** "List the unpaid entitlements": what the decision will cover, for the manager to read. */
  public void list(DelegateExecution execution) {
    List<Entitlement> unpaid = entitlements.unpaid(CaseVariables.SERVICE_SITE.get(execution));
    StringBuilder text = new StringBuilder();
    BigDecimal total = BigDecimal.ZERO;
    for (Entitlement e : unpaid) {
      text.append(e.caseReference()).append(", ").append(e.month()).append(": ")
          .append(e.hoursAttended().stripTrailingZeros().toPlainString()).append(" h of ")
          .append(e.plannedHours().stripTrailingZeros().toPlainString()).append(" planned, ")
          .append(e.amount().toPlainString()).append(" EUR. ").append(e.rationale()).append('\n');
      total = total.add(e.amount());
    }
    ENTITLEMENTS_TO_PAY.set(execution, text.toString().strip());
    ENTITLEMENT_IDS.set(execution, String.join(",", unpaid.stream().map(e -> String.valueOf(e.id())).toList()));
    UNPAID_COUNT.set(execution, unpaid.size());
    UNPAID_TOTAL.set(execution, total);
  }

  /** Complete listener of "Approve payment decision": refused at the field, saying why; nothing recorded. */
  public void check(DelegateTask task) {
    Boolean approved = APPROVED.find(task).orElse(null);
    if (approved == null) {
      throw FieldRefusal.of(APPROVED.name(), MessageText.of("grant.decision.approved.missing"));
    }
    APPROVED.set(task.getExecution(), approved);
    if (!approved) {
      String comment = COMMENT.get(task);
      if (comment == null || comment.isBlank()) {
        throw FieldRefusal.of(COMMENT.name(), MessageText.of("grant.decision.comment.missing"));
      }
      return;
    }
    if (DATE.isUnreadable(DATE.submitted(task))) {
      throw FieldRefusal.of(DATE.name(), MessageText.of("grant.decision.date.unreadable"));
    }
    DATE.set(task.getExecution(), DATE.get(task));
    NUMBER.set(task.getExecution(), NUMBER.get(task));
    try {
      decisions.check(numbering(task.getExecution(), task.getExecution()), ids(task.getExecution()), currentUser.idOrNull());
    } catch (PaymentDecisionRefused refused) {
      throw refusal(refused);
    }
  }

  /** "Record the payment decision": the decision and a ledger entry per month it covers. */
  public void record(DelegateExecution execution) {
    try {
      PaymentDecision decision = decisions.approve(numbering(execution, execution), ids(execution), currentUser.idOrNull());
      DECISION_ID.set(execution, decision.id());
    } catch (PaymentDecisionRefused refused) {
      throw refusal(refused);
    }
  }

  private static Numbering numbering(DelegateExecution execution, org.camunda.bpm.engine.delegate.VariableScope answers) {
    return new Numbering(CaseVariables.SERVICE_SITE.get(execution), NUMBER.get(answers), DATE.get(answers));
  }

  /**
   * The months listed for the decision, less any another decision paid meanwhile (over the API): the
   * decision pays the rest, and its entries say exactly which.
   */
  private List<Long> ids(DelegateExecution execution) {
    String ids = ENTITLEMENT_IDS.get(execution);
    List<Long> listed = ids == null || ids.isBlank() ? List.of() : Arrays.stream(ids.split(",")).map(Long::valueOf).toList();
    List<Long> unpaid = entitlements.findByIds(listed).stream().filter(e -> !e.paid()).map(Entitlement::id).toList();
    if (unpaid.isEmpty() && !listed.isEmpty()) {
      throw FieldRefusal.of(APPROVED.name(), MessageText.of("grant.decision.paidMeanwhile"));
    }
    return unpaid;
  }


  /** The decision's refusal at its field, in the reader's language where it has translations. */
  private static RuntimeException refusal(PaymentDecisionRefused refused) {
    return refused.text() == null ? FieldRefusal.of(field(refused), refused.getMessage())
        : FieldRefusal.of(field(refused), refused.text());
  }

  private static String field(PaymentDecisionRefused refused) {
    return switch (refused.field()) {
      case "number" -> NUMBER.name();
      case "date" -> DATE.name();
      default -> APPROVED.name();
    };
  }
}
