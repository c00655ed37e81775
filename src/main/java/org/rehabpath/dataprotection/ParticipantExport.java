package org.rehabpath.dataprotection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.variable.value.BytesValue;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.rehabpath.casestatus.UserCases;
import org.rehabpath.security.ClinicalRecords;
import org.rehabpath.security.CurrentUser;
import org.rehabpath.security.EngineAsSystem;
import org.rehabpath.security.Groups;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A copy of everything held on a participant (GDPR Art. 15; as JSON also Art. 20): every row of the
 * project's tables on the case ({@link PersonalDataTables}) and what the process engine holds on it:
 * the case's phases, their tasks and every variable, current or past. The clinical record is a part of
 * its own, given only to the clinicians of the case's clinical record; the rest only to the programme
 * managers of the case's service site (and the administrator).
 */
@Service
class ParticipantExport {

  static final List<String> EXPORTERS = List.of(Groups.PROGRAMME_MANAGERS, Groups.CAMUNDA_ADMIN);

  /** The copy: the case, who made it and when, the project's tables and the engine's records. */
  record Export(String caseReference, String tenantId, boolean clinicalRecord, Instant madeAt, String madeBy,
      List<PersonalDataTables.TableRows> tables, List<Phase> phases) {}

  /** A process instance of the case (a phase, or the clinical assessment) with its tasks and variables. */
  record Phase(String name, String tenantId, Instant started, Instant ended, List<Task> tasks,
      List<Variable> variables, List<Decision> decisions) {}

  record Task(String name, String assignee, Instant created, Instant ended) {}

  /** A variable's value as text, as the engine stores it (a JSON or serialized object as its serialized text). */
  record Variable(String name, String type, String value, Instant created) {}

  /** A decision evaluated in the phase, with its inputs and outputs (the clinical record's only). */
  record Decision(String name, Instant evaluated, Map<String, String> inputs, Map<String, String> outputs) {}

  private final CurrentUser currentUser;
  private final UserCases userCases;
  private final EngineAsSystem engine;
  private final HistoryService historyService;
  private final PersonalDataTables tables;
  private final ReadLogView readLogView;

  ParticipantExport(CurrentUser currentUser, UserCases userCases, EngineAsSystem engine, HistoryService historyService,
      PersonalDataTables tables, ReadLogView readLogView) {
    this.currentUser = currentUser;
    this.userCases = userCases;
    this.engine = engine;
    this.historyService = historyService;
    this.tables = tables;
    this.readLogView = readLogView;
  }

  /**
   * The participant's record at the service site: everything but the clinical record.
   *
   * @throws CurrentUser.AccessRefusedException not a programme manager (403)
   * @throws org.rehabpath.web.NotFoundException no such case in the user's service sites (404)
   */
  @Transactional(readOnly = true)
  Export ofServiceSite(String caseReference) {
    currentUser.requireAnyGroup(EXPORTERS, "export a participant's data");
    HistoricProcessInstance main = userCases.find(caseReference);
    return new Export(caseReference, main.getTenantId(), false, Instant.now(), currentUser.id(),
        tables.rowsOf(caseReference), phases(caseReference, main.getId(), false));
  }

  /**
   * The participant's clinical record: the clinical assessment with its variables and decision.
   *
   * @throws CurrentUser.AccessRefusedException not a clinician of the case's clinical record (403)
   * @throws org.rehabpath.web.NotFoundException no such case in the user's service sites (404)
   */
  @Transactional(readOnly = true)
  Export ofClinicalRecord(String caseReference) {
    currentUser.requireAnyGroup(ReadLogView.CLINICIANS, "export a participant's clinical record");
    HistoricProcessInstance main = userCases.find(caseReference);
    if (!readLogView.readsClinicalRecordOf(main.getTenantId())) {
      throw new CurrentUser.AccessRefusedException("Only the clinicians of the case's clinical record export it.");
    }
    return new Export(caseReference, ClinicalRecords.tenantOf(main.getTenantId()), true, Instant.now(),
        currentUser.id(), List.of(), phases(caseReference, main.getId(), true));
  }

  private List<Phase> phases(String caseReference, String mainInstanceId, boolean clinical) {
    return engine.query(() -> {
      Map<String, HistoricProcessInstance> instances = new LinkedHashMap<>();
      historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseReference).list()
          .forEach(instance -> instances.put(instance.getId(), instance));
      historyService.createHistoricProcessInstanceQuery().rootProcessInstanceId(mainInstanceId).list()
          .forEach(instance -> instances.putIfAbsent(instance.getId(), instance));
      List<Phase> phases = new ArrayList<>();
      for (HistoricProcessInstance instance : instances.values()) {
        if (ClinicalRecords.isClinicalRecord(instance.getTenantId()) != clinical) {
          continue;
        }
        phases.add(new Phase(instance.getProcessDefinitionName() == null ? instance.getProcessDefinitionKey()
                : instance.getProcessDefinitionName(), instance.getTenantId(), instant(instance.getStartTime()),
            instant(instance.getEndTime()), tasks(instance.getId()), variables(instance.getId()),
            clinical ? decisions(instance.getId()) : List.of()));
      }
      phases.sort(Comparator.comparing(Phase::started));
      return phases;
    });
  }

  private List<Task> tasks(String instanceId) {
    return historyService.createHistoricTaskInstanceQuery().processInstanceId(instanceId)
        .orderByHistoricActivityInstanceStartTime().asc().list().stream()
        .map(task -> new Task(task.getName(), task.getAssignee(), instant(task.getStartTime()), instant(task.getEndTime())))
        .toList();
  }

  private List<Variable> variables(String instanceId) {
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(instanceId)
        .disableCustomObjectDeserialization().orderByVariableName().asc().list().stream()
        .map(variable -> new Variable(variable.getName(), variable.getTypeName(), text(variable),
            instant(variable.getCreateTime())))
        .toList();
  }

  private List<Decision> decisions(String instanceId) {
    List<Decision> decisions = new ArrayList<>();
    for (HistoricDecisionInstance decision : historyService.createHistoricDecisionInstanceQuery()
        .processInstanceId(instanceId).includeInputs().includeOutputs().disableCustomObjectDeserialization().list()) {
      Map<String, String> inputs = new LinkedHashMap<>();
      decision.getInputs().forEach(input -> inputs.put(input.getClauseName(), text(input.getTypedValue())));
      Map<String, String> outputs = new LinkedHashMap<>();
      decision.getOutputs().forEach(output -> outputs.put(output.getVariableName(), text(output.getTypedValue())));
      decisions.add(new Decision(decision.getDecisionDefinitionName(), instant(decision.getEvaluationTime()), inputs, outputs));
    }
    return decisions;
  }

  private static String text(HistoricVariableInstance variable) {
    return variable.getErrorMessage() != null ? "(cannot be read: " + variable.getErrorMessage() + ")"
        : text(variable.getTypedValue());
  }

  private static String text(TypedValue value) {
    if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
      return serializable.getValueSerialized();
    }
    if (value == null || value.getValue() == null) {
      return null;
    }
    if (value instanceof FileValue file) {
      return "(file " + file.getFilename() + ")";
    }
    if (value instanceof BytesValue) {
      return "(binary data)";
    }
    return String.valueOf(value.getValue());
  }

  private static Instant instant(java.util.Date date) {
    return date == null ? null : date.toInstant();
  }
}
