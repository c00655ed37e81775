package org.rehabpath.writes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.rehabpath.forms.FormContracts;
import org.rehabpath.forms.FormFields;
import org.rehabpath.security.ClinicalRecords;
import org.rehabpath.security.EngineAsSystem;
import org.rehabpath.variables.CaseVariables;
import org.rehabpath.web.MessageText;
import org.rehabpath.web.StaffLanguages;
import org.rehabpath.writes.EngineRefusal.FieldError;
import org.springframework.context.MessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every write through the engine's REST API takes only what it declares, before the engine sees it:
 * <ul>
 *   <li>a task completion ({@code complete}, {@code submit-form}, {@code resolve}) only the fields of
 *       the task's Camunda Form that a person can fill in;</li>
 *   <li>a start ({@code start}, {@code submit-form}) only the fields of the process's start form,
 *       checked by the form's rules, with a service site of the user's own, and no business key (the
 *       case reference is the programme's);</li>
 *   <li>a message ({@code /message}, a subscription's {@code trigger}) only what {@link
 *       DeclaredMessages} declares, and a signal nothing;</li>
 *   <li>the variables of a task, case or execution are changed directly by an administrator only;</li>
 *   <li>users are created, and other users' passwords set, by an administrator only, and every new
 *       password meets Camunda's password policy.</li>
 * </ul>
 * Each value is plain or JSON and bounded ({@link SubmittedVariables}). A refusal is a 400 naming
 * each variable (403 where the role may not do it at all); nothing reaches the engine. An
 * administrator may start a phase on its own with any variables of those kinds. A task, case or
 * execution the user may not read is answered as an unknown one (404), paging must be a whole number
 * from 0 (at most {@value #MAX_PAGE}), and the history statistics that count every site's cases are for
 * administrators. See docs/writes.md.
 */
public class EngineWriteContract extends OncePerRequestFilter {

  /** Tasklist asks for up to 2,000 filters at once. */
  static final int MAX_PAGE = 2000;
  static final int MAX_BODY = 512 * 1024;

  private static final Pattern TASK_COMPLETION = Pattern.compile("^/task/([^/]+)/(complete|submit-form|resolve)$");
  private static final Pattern START = Pattern.compile(
      "^/process-definition/(?:key/([^/]+)(?:/tenant-id/([^/]+))?|([^/]+))/(start|submit-form)$");
  private static final Pattern MESSAGE = Pattern.compile("^/message$");
  private static final Pattern TRIGGER = Pattern.compile("^/execution/([^/]+)/messageSubscriptions/([^/]+)/trigger$");
  private static final Pattern SIGNAL = Pattern.compile("^/signal$");
  private static final Pattern VARIABLE_WRITE = Pattern.compile(
      "^/(task|process-instance|execution|case-instance|case-execution)/[^/]+/(variables|localVariables)(/.*)?$"
          + "|^/process-instance/variables-async$|^/process-instance/[^/]+/modification(-async)?$"
          + "|^/process-definition/[^/]+/restart(-async)?$|^/execution/[^/]+/signal$|^/process-instance/message-async$");
  private static final Pattern NAMED_VARIABLE = Pattern.compile("/(?:variables|localVariables)/([^/]+)");
  private static final Pattern TASK = Pattern.compile("^/task/([^/]+)(/.*)?$");
  private static final Pattern USER_PASSWORD = Pattern.compile("^/user/(?:(create)|([^/]+)/credentials)$");
  /** Camunda counts a definition's history per activity over every tenant: other sites' cases too. */
  private static final Pattern HISTORY_STATISTICS = Pattern.compile("^/history/process-definition/[^/]+/statistics$");
  private static final Pattern PROCESS_INSTANCE = Pattern.compile("^/process-instance/([^/]+)(/.*)?$");
  private static final Pattern EXECUTION = Pattern.compile("^/execution/([^/]+)(/.*)?$");
  /** The words of the API's own paths where an id could stand; anything else there is an id. */
  private static final Set<String> TASK_WORDS = Set.of("count", "create", "report");
  private static final Set<String> INSTANCE_WORDS = Set.of("count", "delete", "delete-historic-query-based", "suspended",
      "suspended-async", "job-retries", "job-retries-historic-query-based", "variables-async", "message-async");
  private static final Set<String> EXECUTION_WORDS = Set.of("count");
  private static final Pattern EXTERNAL_TASK = Pattern.compile("^/external-task(/.*)?$");
  /** No model catches an error or escalation thrown from a user task: thrown, it would end the case. */
  private static final Pattern TASK_THROWS = Pattern.compile("^/task/[^/]+/(bpmnError|bpmnEscalation)$");
  private static final Set<String> START_OPTIONS = Set.of("startInstructions", "skipCustomListeners", "skipIoMappings", "caseInstanceId");
  private static final Set<String> MESSAGE_VARIABLES = Set.of("processVariables", "processVariablesLocal", "processVariablesToTriggeredScope");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Logger LOG = LoggerFactory.getLogger(EngineWriteContract.class);

  private final IdentityService identityService;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final RepositoryService repositoryService;
  private final FormService formService;
  private final FormContracts forms;
  private final EngineAsSystem asSystem;
  private final MessageSource messages;

  public EngineWriteContract(IdentityService identityService, TaskService taskService, RuntimeService runtimeService,
      RepositoryService repositoryService, FormService formService, FormContracts forms, EngineAsSystem asSystem,
      MessageSource messages) {
    this.asSystem = asSystem;
    this.messages = messages;
    this.identityService = identityService;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.repositoryService = repositoryService;
    this.formService = formService;
    this.forms = forms;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<EngineRequest> engineRequest = EngineRequest.of(request, identityService);
    if (engineRequest.isEmpty() || engineRequest.get().user() == null) {
      chain.doFilter(request, response); // not the engine API, or not signed in: the doors refuse it
      return;
    }
    EngineRequest call = engineRequest.get();
    Optional<EngineRefusal> paging = paging(request);
    if (paging.isPresent()) {
      paging.get().send(response);
      return;
    }
    byte[] body = call.writes() && (carriesVariables(call.path()) || isJson(request))
        ? request.getInputStream().readNBytes(MAX_BODY + 1) : null;
    if (body != null) {
      if (body.length > MAX_BODY) {
        EngineRefusal.of(413, "Request too large", "A request to the engine may carry at most " + MAX_BODY / 1024 + " KiB.", List.of()).send(response);
        return;
      }
    }
    Optional<EngineRefusal> refusal = asUser(call.user(), () -> check(call, body));
    if (refusal.isPresent()) {
      LOG.info("Refused {} {} for {}: {} {}", call.method(), call.path(), call.user().getUserId(),
          refusal.get().status(), refusal.get().detail());
      // Staff read the form's rules in their browser's language (the log keeps the English).
      refusal.get().in(messages, StaffLanguages.of(request)).send(response);
      return;
    }
    EngineErrorStatus answer = new EngineErrorStatus(response, call.writes());
    try {
      chain.doFilter(body == null ? request : new RepeatableBody(request, body), answer);
    } catch (ServletException | RuntimeException e) {
      // The webapps' door lets the engine's exception out to the container, which would answer 500.
      Optional<ProcessEngineException> mistake = clientMistake(e);
      if (mistake.isEmpty() || response.isCommitted()) {
        throw e;
      }
      EngineRefusal.of(400, "Request not accepted", firstLine(mistake.get().getMessage()), List.of()).send(response);
      return;
    }
    answer.finish();
  }

  /** The engine exception behind a failure, unless the database or a bug is behind it. */
  private static Optional<ProcessEngineException> clientMistake(Throwable failure) {
    ProcessEngineException engine = null;
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof java.sql.SQLException || cause instanceof NullPointerException
          || cause.getClass().getName().contains("Persistence")) {
        return Optional.empty();
      }
      if (engine == null && cause instanceof ProcessEngineException e) {
        engine = e;
      }
    }
    return Optional.ofNullable(engine);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "The engine refused the request.";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  private static boolean isJson(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase(java.util.Locale.ROOT).contains("json");
  }

  private static boolean carriesVariables(String path) {
    return Stream.of(TASK_COMPLETION, START, MESSAGE, TRIGGER, SIGNAL, VARIABLE_WRITE, USER_PASSWORD)
        .anyMatch(pattern -> pattern.matcher(path).matches());
  }

  private Optional<EngineRefusal> check(EngineRequest call, byte[] body) {
    String path = call.path();
    // Every body read is a JSON object: Camunda answers malformed JSON in plain text, and null with a 500.
    JsonNode json = body == null ? JSON.createObjectNode() : parse(body).orElse(null);
    if (json == null) {
      return Optional.of(EngineRefusal.invalid("Invalid request", List.of(new FieldError("(body)", "must be a JSON object"))));
    }
    if (HISTORY_STATISTICS.matcher(path).matches() && !call.isAdministrator()) {
      return Optional.of(EngineRefusal.of(403, "Not available", "History statistics count every service site's cases;"
          + " read your sites' figures on the dashboard.", List.of()));
    }
    Matcher task = TASK.matcher(path);
    Matcher completion = TASK_COMPLETION.matcher(path);
    Task visibleTask = null;
    if (task.matches() && !TASK_WORDS.contains(task.group(1))) {
      // One look-up answers both whether the user may see the task and, for a completion, its form.
      TaskQuery query = taskService.createTaskQuery().taskId(task.group(1));
      visibleTask = completion.matches() ? query.initializeFormKeys().singleResult() : query.singleResult();
      if (visibleTask == null) {
        return Optional.of(EngineRefusal.notFound("Task " + task.group(1) + " not found."));
      }
    }
    Matcher instance = PROCESS_INSTANCE.matcher(path);
    if (instance.matches() && !INSTANCE_WORDS.contains(instance.group(1))
        && runtimeService.createProcessInstanceQuery().processInstanceId(instance.group(1)).count() == 0) {
      return Optional.of(EngineRefusal.notFound("Process instance " + instance.group(1) + " not found."));
    }
    Matcher execution = EXECUTION.matcher(path);
    if (execution.matches() && !EXECUTION_WORDS.contains(execution.group(1))
        && runtimeService.createExecutionQuery().executionId(execution.group(1)).count() == 0) {
      return Optional.of(EngineRefusal.notFound("Execution " + execution.group(1) + " not found."));
    }
    if (!call.writes()) {
      return Optional.empty();
    }
    if (TASK_THROWS.matcher(path).matches() && !call.isAdministrator()) {
      return Optional.of(EngineRefusal.of(403, "Not allowed", "A task is completed with its form; no model catches an error"
          + " or escalation thrown from a task, so only an administrator throws one.", List.of()));
    }
    if (EXTERNAL_TASK.matcher(path).matches() && !call.isAdministrator()) {
      return Optional.of(EngineRefusal.of(403, "Not allowed", "The programme's models have no external tasks; only an administrator works them.", List.of()));
    }
    if (VARIABLE_WRITE.matcher(path).matches()) {
      return call.isAdministrator() ? Optional.empty() : Optional.of(directVariableWrite(path, json));
    }
    Matcher password = USER_PASSWORD.matcher(path);
    if (password.matches()) {
      return newPassword(call, password.group(2), json);
    }
    if (!"POST".equals(call.method())) {
      return Optional.empty();
    }
    Matcher start = START.matcher(path);
    Matcher trigger = TRIGGER.matcher(path);
    if (completion.matches()) {
      return taskCompletion(visibleTask, json);
    }
    if (start.matches()) {
      return start(call, start, json);
    }
    if (MESSAGE.matcher(path).matches()) {
      return message(json.path("messageName").asText(""), json, MESSAGE_VARIABLES);
    }
    if (trigger.matches()) {
      return message(trigger.group(2), json, Set.of("variables"));
    }
    if (SIGNAL.matcher(path).matches()) {
      return undeclared(SubmittedVariables.read(json.get("variables")), Set.of(), "a signal");
    }
    return Optional.empty();
  }

  private Optional<EngineRefusal> taskCompletion(Task task, JsonNode body) {
    Optional<JsonNode> form = asSystem.query(() -> formOf(task.getProcessDefinitionId(), task.getCamundaFormRef()));
    String what = "the form of \"" + task.getName() + "\"";
    return checkAgainstForm(SubmittedVariables.read(body.get("variables")), form, what, false);
  }

  private Optional<EngineRefusal> start(EngineRequest call, Matcher start, JsonNode body) {
    Optional<ProcessDefinition> definition = definition(start.group(1), start.group(2), start.group(3));
    if (definition.isEmpty()) {
      return Optional.of(EngineRefusal.notFound("No process definition " + (start.group(3) != null ? start.group(3) : start.group(1)) + " found."));
    }
    List<FieldError> errors = new ArrayList<>();
    SubmittedVariables submitted = SubmittedVariables.read(body.get("variables"));
    Object site = submitted.value(CaseVariables.SERVICE_SITE.name());
    if (site != null && (!(site instanceof String name) || ClinicalRecords.isClinicalRecord(name)
        || !call.isAdministrator() && !call.tenants().contains(name))) {
      errors.add(new FieldError(CaseVariables.SERVICE_SITE.name(), "must be one of your service sites ("
          + String.join(", ", ClinicalRecords.serviceSitesAmong(call.tenants())) + ")"));
    }
    if (call.isAdministrator()) {
      // Operators start a phase on its own (tests, migrations): any variables, checked for type and size.
      errors.addAll(submitted.problems());
    } else {
      if (body.hasNonNull("businessKey") && !body.get("businessKey").asText().isEmpty()) {
        errors.add(new FieldError("businessKey", "is not accepted: the programme gives every case its own case reference"));
      }
      START_OPTIONS.stream().filter(option -> isSet(body.get(option)))
          .forEach(option -> errors.add(new FieldError(option, "is for administrators only")));
      String processName = definition.get().getName() != null ? definition.get().getName() : definition.get().getKey();
      Optional<JsonNode> form = asSystem.query(() -> startFormOf(definition.get()));
      checkAgainstForm(submitted, form, "the start form of \"" + processName + "\"", true)
          .ifPresent(refusal -> errors.addAll(refusal.errors()));
    }
    return errors.isEmpty() ? Optional.empty()
        : Optional.of(EngineRefusal.invalid(MessageText.of("refusal.start"), errors));
  }

  /**
   * Users are created, and passwords changed, by an administrator, or by the user for their own
   * password; a new password meets the password policy (the engine would answer a 500 otherwise,
   * and before it checks who asks).
   */
  private Optional<EngineRefusal> newPassword(EngineRequest call, String ownerId, JsonNode body) {
    boolean creates = ownerId == null;
    if (!call.isAdministrator() && (creates || !ownerId.equals(call.user().getUserId()))) {
      return Optional.of(EngineRefusal.of(403, "Not allowed", "Only an administrator creates users or sets another user's password.", List.of()));
    }
    String candidate = (creates ? body.path("credentials") : body).path("password").asText("");
    JsonNode profile = body.path("profile");
    var user = identityService.newUser(creates ? profile.path("id").asText("") : ownerId);
    user.setFirstName(profile.path("firstName").asText(null));
    user.setLastName(profile.path("lastName").asText(null));
    user.setEmail(profile.path("email").asText(null));
    var result = asSystem.query(() -> identityService.checkPasswordAgainstPolicy(candidate, user));
    if (result.isValid()) {
      return Optional.empty();
    }
    String broken = result.getViolatedRules().stream().map(rule -> PasswordRules.describe(rule.getPlaceholder()))
        .collect(java.util.stream.Collectors.joining(", "));
    return Optional.of(EngineRefusal.invalid("Password not accepted",
        List.of(new FieldError("password", "does not meet the password policy: it needs " + broken))));
  }

  private Optional<EngineRefusal> message(String messageName, JsonNode body, Set<String> variableFields) {
    Set<String> declared = DeclaredMessages.variablesOf(messageName);
    List<FieldError> errors = new ArrayList<>();
    for (String field : variableFields) {
      undeclared(SubmittedVariables.read(body.get(field)), declared, "the message " + messageName)
          .ifPresent(refusal -> errors.addAll(refusal.errors()));
    }
    return errors.isEmpty() ? Optional.empty() : Optional.of(EngineRefusal.invalid("Message not accepted", errors));
  }

  /** Checks variables against a form: declared fields only, of the field's type, by its rules. */
  private Optional<EngineRefusal> checkAgainstForm(SubmittedVariables submitted, Optional<JsonNode> form,
      String what, boolean applyFormRules) {
    Map<String, String> fields = form.map(FormFields::of).orElse(Map.of());
    List<FieldError> errors = new ArrayList<>();
    errors.addAll(submitted.problems());
    submitted.variables().values().forEach(variable -> {
      String type = fields.get(variable.name());
      if (type == null) {
        errors.add(new FieldError(variable.name(), form.isEmpty()
            ? "is not accepted: nothing is filled in here" : "is not a field of " + what));
      } else if (!FieldTypes.accepts(type, variable.type())) {
        errors.add(new FieldError(variable.name(), "must be sent as " + FieldTypes.expected(type) + ", not " + variable.type()));
      }
    });
    if (errors.isEmpty() && applyFormRules && form.isPresent()) {
      forms.violations(form.get(), submitted::value).forEach(violation -> errors.add(FieldError.of(violation.fieldKey(), violation.text())));
    }
    return errors.isEmpty() ? Optional.empty() : Optional.of(EngineRefusal.invalid(MessageText.of("refusal.variables"), errors));
  }

  private static Optional<EngineRefusal> undeclared(SubmittedVariables submitted, Set<String> declared, String what) {
    List<FieldError> errors = new ArrayList<>();
    errors.addAll(submitted.problems());
    submitted.variables().keySet().stream().filter(name -> !declared.contains(name))
        .forEach(name -> errors.add(new FieldError(name, "is not declared for " + what)));
    return errors.isEmpty() ? Optional.empty() : Optional.of(EngineRefusal.invalid("Variables not accepted", errors));
  }

  private static EngineRefusal directVariableWrite(String path, JsonNode json) {
    List<FieldError> errors = new ArrayList<>();
    Matcher named = NAMED_VARIABLE.matcher(path);
    if (named.find()) {
      errors.add(new FieldError(named.group(1), "is changed only by completing a task with its form"));
    } else {
      json.path("modifications").fieldNames().forEachRemaining(name ->
          errors.add(new FieldError(name, "is changed only by completing a task with its form")));
      json.path("deletions").forEach(name ->
          errors.add(new FieldError(name.asText(), "is removed only by an administrator")));
      json.path("variables").fieldNames().forEachRemaining(name ->
          errors.add(new FieldError(name, "is changed only by completing a task with its form")));
      if (errors.isEmpty()) {
        errors.add(new FieldError("(request)", "only an administrator changes a case's variables or its course directly"));
      }
    }
    return EngineRefusal.of(403, "Variables are not changed directly", EngineRefusal.describe(errors), errors);
  }

  private Optional<ProcessDefinition> definition(String key, String tenant, String id) {
    ProcessDefinitionQuery query = repositoryService.createProcessDefinitionQuery();
    if (id != null) {
      query.processDefinitionId(id);
    } else {
      query.processDefinitionKey(key).latestVersion();
      if (tenant != null) {
        query.tenantIdIn(tenant);
      } else {
        query.withoutTenantId();
      }
    }
    return Optional.ofNullable(query.singleResult());
  }

  private Optional<JsonNode> formOf(String processDefinitionId, CamundaFormRef formRef) {
    if (formRef == null || processDefinitionId == null) {
      return Optional.empty();
    }
    String deploymentId = repositoryService.getProcessDefinition(processDefinitionId).getDeploymentId();
    return forms.form(deploymentId, formRef.getKey());
  }

  private Optional<JsonNode> startFormOf(ProcessDefinition definition) {
    var startForm = formService.getStartFormData(definition.getId());
    return startForm == null ? Optional.empty() : formOf(definition.getId(), startForm.getCamundaFormRef());
  }

  private Optional<EngineRefusal> paging(HttpServletRequest request) {
    List<FieldError> errors = new ArrayList<>();
    for (String parameter : List.of("firstResult", "maxResults")) {
      String value = request.getParameter(parameter);
      if (value == null) {
        continue;
      }
      long number;
      try {
        number = Long.parseLong(value.trim());
      } catch (NumberFormatException e) {
        errors.add(new FieldError(parameter, "must be a whole number"));
        continue;
      }
      if (number < 0) {
        errors.add(new FieldError(parameter, "must be 0 or more"));
      } else if ("maxResults".equals(parameter) && number > MAX_PAGE) {
        errors.add(new FieldError(parameter, "must be at most " + MAX_PAGE + ": ask page by page"));
      } else if (number > Integer.MAX_VALUE) {
        errors.add(new FieldError(parameter, "is too large"));
      }
    }
    return errors.isEmpty() ? Optional.empty() : Optional.of(EngineRefusal.invalid("Invalid paging", errors));
  }

  private static Optional<JsonNode> parse(byte[] body) {
    if (body == null || body.length == 0) {
      return Optional.of(JSON.createObjectNode());
    }
    try {
      JsonNode json = JSON.readTree(body);
      return json == null || !json.isObject() ? Optional.empty() : Optional.of(json);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static boolean isSet(JsonNode node) {
    return node != null && !node.isNull() && !(node.isBoolean() && !node.asBoolean())
        && !(node.isContainerNode() && node.isEmpty());
  }

  private <T> T asUser(Authentication user, Supplier<T> work) {
    Authentication before = identityService.getCurrentAuthentication();
    identityService.setAuthentication(user);
    try {
      return work.get();
    } finally {
      identityService.setAuthentication(before);
    }
  }

  /** The request with its body read once by the check and served again to the engine. */
  static class RepeatableBody extends HttpServletRequestWrapper {
    private final byte[] body;

    RepeatableBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return in.read(buffer, offset, length);
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
