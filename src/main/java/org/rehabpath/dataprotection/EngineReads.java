package org.rehabpath.dataprotection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.rehabpath.security.PersonalData;

/**
 * Which reads of the engine's REST API (and of the webapps' copy of it) reveal which case's data: the
 * request's path, its query parameters and, for the POST queries Cockpit and Tasklist send, its JSON
 * body. A list is a read of a case when it is asked for that case's instances (Cockpit's pages of an
 * instance: its variables, user tasks, history); a list across cases, such as Tasklist's task list,
 * is not: it would log every case on every refresh and says nothing about whose data someone looked at.
 */
final class EngineReads {

  /** What a request names: the kind of data and the records whose cases were read. */
  record Target(PersonalData kind, Record record, List<String> ids, boolean query) {}

  /** The engine record an id names. */
  enum Record { PROCESS_INSTANCE, EXECUTION, TASK, VARIABLE, DECISION, BUSINESS_KEY }

  /** What the engine answers about a task: the task, its variables, its form with data, comments and attachments. */
  private static final Set<String> TASK_PARTS =
      Set.of("variables", "localVariables", "form-variables", "rendered-form", "deployed-form", "comment", "attachment");
  /** The history lists of Cockpit's instance pages (and the REST API's). */
  private static final Set<String> HISTORY_LISTS = Set.of("variable-instance", "activity-instance", "task",
      "user-operation", "detail", "decision-instance", "incident", "job-log", "process-instance", "external-task-log");

  private EngineReads() {}

  /**
   * @param path the path after the engine's prefix ({@code /engine-rest}, {@code /engine/default}),
   *     e.g. {@code /task/123/form-variables}
   */
  static Optional<Target> of(String method, String path) {
    List<String> s = Arrays.stream(path.split("/")).filter(part -> !part.isEmpty()).toList();
    boolean get = "GET".equals(method);
    boolean query = get || "POST".equals(method);
    if (s.isEmpty() || s.get(s.size() - 1).equals("count")) {
      return Optional.empty();
    }
    switch (s.get(0)) {
      case "task" -> {
        if (s.size() == 1 && query) {
          return Optional.of(new Target(PersonalData.TASK, Record.PROCESS_INSTANCE, List.of(), true));
        }
        if (get && (s.size() == 2 || TASK_PARTS.contains(s.get(2)))) {
          return Optional.of(new Target(PersonalData.TASK, Record.TASK, List.of(s.get(1)), false));
        }
      }
      case "process-instance" -> {
        if (get && s.size() >= 3 && s.get(2).equals("variables")) {
          return Optional.of(new Target(PersonalData.CASE_VARIABLES, Record.PROCESS_INSTANCE, List.of(s.get(1)), false));
        }
      }
      case "execution" -> {
        if (get && s.size() >= 3 && s.get(2).equals("localVariables")) {
          return Optional.of(new Target(PersonalData.CASE_VARIABLES, Record.EXECUTION, List.of(s.get(1)), false));
        }
      }
      case "variable-instance" -> {
        if (s.size() == 1 && query) {
          return Optional.of(new Target(PersonalData.CASE_VARIABLES, Record.PROCESS_INSTANCE, List.of(), true));
        }
        if (get) {
          return Optional.of(new Target(PersonalData.CASE_VARIABLES, Record.VARIABLE, List.of(s.get(1)), false));
        }
      }
      case "history" -> {
        if (s.size() < 2 || !HISTORY_LISTS.contains(s.get(1))) {
          return Optional.empty();
        }
        if (s.size() == 2 && query) {
          return Optional.of(new Target(PersonalData.HISTORY, Record.PROCESS_INSTANCE, List.of(), true));
        }
        if (get && s.size() >= 3) {
          Record record = switch (s.get(1)) {
            case "variable-instance" -> Record.VARIABLE;
            case "decision-instance" -> Record.DECISION;
            case "process-instance" -> Record.PROCESS_INSTANCE;
            case "task" -> Record.TASK;
            default -> null;
          };
          return record == null ? Optional.empty()
              : Optional.of(new Target(PersonalData.HISTORY, record, List.of(s.get(2)), false));
        }
      }
      default -> {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The instances (or cases) a query asks for, from its parameters or its JSON body. */
  static List<Target> narrowed(Target query, java.util.Map<String, String[]> parameters, byte[] body, ObjectMapper json) {
    List<String> instances = new ArrayList<>();
    List<String> businessKeys = new ArrayList<>();
    for (String name : List.of("processInstanceId", "processInstanceIdIn", "rootProcessInstanceId")) {
      String[] values = parameters.get(name);
      if (values != null) {
        Arrays.stream(values).flatMap(v -> Arrays.stream(v.split(","))).filter(v -> !v.isBlank()).forEach(instances::add);
      }
    }
    String[] keys = parameters.get("processInstanceBusinessKey");
    if (keys != null) {
      businessKeys.addAll(Arrays.asList(keys));
    }
    if (body != null && body.length > 0) {
      try {
        JsonNode root = json.readTree(body);
        for (String name : List.of("processInstanceId", "processInstanceIdIn", "rootProcessInstanceId")) {
          JsonNode value = root.path(name);
          if (value.isTextual()) {
            instances.add(value.asText());
          } else if (value.isArray()) {
            value.forEach(element -> instances.add(element.asText()));
          }
        }
        if (root.path("processInstanceBusinessKey").isTextual()) {
          businessKeys.add(root.path("processInstanceBusinessKey").asText());
        }
      } catch (java.io.IOException | RuntimeException notJson) {
        // Not a query body the engine took: the engine answered 400 and nothing was read.
      }
    }
    List<Target> targets = new ArrayList<>();
    if (!instances.isEmpty()) {
      targets.add(new Target(query.kind(), Record.PROCESS_INSTANCE, List.copyOf(instances), false));
    }
    if (!businessKeys.isEmpty()) {
      targets.add(new Target(query.kind(), Record.BUSINESS_KEY, List.copyOf(businessKeys), false));
    }
    return targets;
  }
}
