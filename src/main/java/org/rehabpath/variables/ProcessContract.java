package org.rehabpath.variables;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The variables of one process: what a model, a form, a delegate or a test may read and write there,
 * each with its type. Built from the {@link ProcessVariable} constants of the contract classes named
 * (the process's own, and the shared ones such as {@link CaseVariables}), so that a variable is named
 * once and every process that holds it lists the same object.
 */
public final class ProcessContract {

  private final String processKey;
  private final Map<String, ProcessVariable<?>> variables;

  private ProcessContract(String processKey, Map<String, ProcessVariable<?>> variables) {
    this.processKey = processKey;
    this.variables = variables;
  }

  /** The contract of a process: every {@code public static final ProcessVariable} of the classes. */
  public static ProcessContract of(String processKey, Class<?>... contractClasses) {
    Map<String, ProcessVariable<?>> variables = new LinkedHashMap<>();
    for (Class<?> type : contractClasses) {
      for (ProcessVariable<?> variable : declaredIn(type)) {
        ProcessVariable<?> earlier = variables.putIfAbsent(variable.name(), variable);
        if (earlier != null && earlier.type() != variable.type()) {
          throw new IllegalStateException(processKey + ": " + variable + " is declared again as " + earlier);
        }
      }
    }
    return new ProcessContract(processKey, Map.copyOf(variables));
  }

  /** This contract and the variables given besides (those another process hands over). */
  public ProcessContract with(ProcessVariable<?>... more) {
    Map<String, ProcessVariable<?>> all = new LinkedHashMap<>(variables);
    for (ProcessVariable<?> variable : more) {
      all.putIfAbsent(variable.name(), variable);
    }
    return new ProcessContract(processKey, Map.copyOf(all));
  }

  public String processKey() {
    return processKey;
  }

  public Optional<ProcessVariable<?>> variable(String name) {
    return Optional.ofNullable(variables.get(name));
  }

  public boolean declares(String name) {
    return variables.containsKey(name);
  }

  public List<ProcessVariable<?>> variables() {
    return List.copyOf(variables.values());
  }

  /** Every {@code public static final ProcessVariable} of a contract class. */
  public static List<ProcessVariable<?>> declaredIn(Class<?> type) {
    List<ProcessVariable<?>> found = new ArrayList<>();
    for (Field field : type.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && ProcessVariable.class.isAssignableFrom(field.getType())) {
        try {
          found.add((ProcessVariable<?>) field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return found;
  }

  @Override
  public String toString() {
    return processKey + " " + variables.keySet();
  }
}
