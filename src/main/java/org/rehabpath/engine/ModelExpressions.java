package org.rehabpath.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstNode;
import org.camunda.bpm.impl.juel.AstNumber;
import org.camunda.bpm.impl.juel.AstProperty;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;
import org.rehabpath.models.ModelBean;

/**
 * What an expression in a deployed model may do: read process variables, compare and combine them,
 * call the project's model beans ({@link ModelBean}) and hand them the execution or task. Anything
 * else, above all a method call on any other object (a variable's {@code getClass()}, the engine
 * behind {@code execution}), is refused: expressions run on the server with the engine's rights, in
 * timer jobs with no user at all, so a method reachable from one is code a model could run.
 *
 * <p>The expression language is JUEL as the engine parses it; the tree is walked node by node.
 */
public class ModelExpressions {

  /** The engine's objects: they may be passed whole to a model bean, never explored. */
  static final Set<String> ENGINE_OBJECTS = Set.of("execution", "task", "caseExecution", "externalTask");

  /** What a model may read of the execution or task itself. */
  static final Set<String> ENGINE_OBJECT_PROPERTIES =
      Set.of("processBusinessKey", "businessKey", "processInstanceId", "id", "tenantId", "name",
          "taskDefinitionKey", "currentActivityId", "eventName");

  /** The engine's built-in functions: the time and the user of the command. */
  static final Set<String> FUNCTIONS = Set.of("now", "dateTime", "currentUser", "currentUserGroups");

  /** A business rule task's result ({@code decisionResult}) offers only its results. */
  static final String DECISION_RESULT = "decisionResult";
  static final Set<String> DECISION_RESULT_METHODS =
      Set.of("getSingleResult", "getFirstResult", "getResultList", "getSingleEntry", "collectEntries");

  /** Properties that lead from any value to classes, class loaders or the engine. */
  static final Set<String> FORBIDDEN_PROPERTIES =
      Set.of("class", "classLoader", "declaringClass", "module", "protectionDomain", "processEngine",
          "processEngineServices", "processEngineConfiguration");

  private final Map<String, Class<?>> modelBeans;

  /** @param modelBeans the beans a model may call, by name, with their classes */
  public ModelExpressions(Map<String, Class<?>> modelBeans) {
    this.modelBeans = Map.copyOf(modelBeans);
  }

  /** True when the text holds an expression the engine would evaluate. */
  public static boolean hasExpression(String text) {
    return text != null && (text.contains("${") || text.contains("#{"));
  }

  /** What is wrong with the expression (empty when it may run), in words for a model's author. */
  public List<String> problems(String expression) {
    List<String> problems = new ArrayList<>();
    Node root;
    try {
      root = new Builder(Builder.Feature.METHOD_INVOCATIONS).build(expression).getRoot();
    } catch (TreeBuilderException e) {
      return List.of("'" + expression + "' is not a valid expression");
    }
    try {
      walk(root, problems);
    } catch (RuntimeException e) {
      // Whatever the check cannot read is refused, never let through.
      return List.of("'" + expression + "' could not be checked: write it as the project's models do");
    }
    return problems.stream().distinct().toList();
  }

  /** The bean a delegate expression names, when it is exactly {@code ${name}}. */
  public Optional<String> delegateBean(String expression) {
    String trimmed = expression.trim();
    if (trimmed.matches("[$#]\\{\\s*[A-Za-z_][A-Za-z0-9_]*\\s*}")) {
      String name = trimmed.substring(2, trimmed.length() - 1).trim();
      return modelBeans.containsKey(name) ? Optional.of(name) : Optional.empty();
    }
    return Optional.empty();
  }

  private void walk(Node node, List<String> problems) {
    if (node instanceof AstMethod method) {
      checkCall(method, problems);
      return;
    }
    if (node instanceof AstProperty property) {
      checkProperty(property, problems);
      return;
    }
    if (node instanceof AstIdentifier identifier) {
      if (ENGINE_OBJECTS.contains(identifier.getName())) {
        problems.add("'" + identifier.getName() + "' may only be handed to a model bean, as in ${stepRecorder.review(task)}");
      } else if (modelBeans.containsKey(identifier.getName())) {
        problems.add("uses the model bean '" + identifier.getName() + "' as a value: call one of its methods or read one of its values");
      }
      return;
    }
    if (node instanceof AstFunction function && !FUNCTIONS.contains(localName(function.getName()))) {
      problems.add("the function '" + function.getName() + "' is not available to models (only " + String.join(", ", FUNCTIONS.stream().sorted().toList()) + ")");
      return;
    }
    for (int i = 0; i < node.getCardinality(); i++) {
      walk(node.getChild(i), problems);
    }
  }

  private void checkCall(AstMethod method, List<String> problems) {
    AstProperty callee = (AstProperty) method.getChild(0);
    Node target = callee.getChild(0);
    String name = propertyName(callee).orElse("?");
    if (!(target instanceof AstIdentifier)) {
      problems.add("calls the method '" + name + "' of " + describe(target)
          + ": a model may call methods of the project's model beans only");
      return;
    }
    boolean allowed = target instanceof AstIdentifier bean
        && (modelBeans.containsKey(bean.getName()) && isOwnMethod(modelBeans.get(bean.getName()), name)
            || DECISION_RESULT.equals(bean.getName()) && DECISION_RESULT_METHODS.contains(name));
    if (target instanceof AstIdentifier bean && modelBeans.containsKey(bean.getName()) && !allowed) {
      problems.add("calls '" + name + "' of the model bean '" + bean.getName() + "', which is not one of its own methods");
      return;
    }
    if (!allowed) {
      problems.add("calls the method '" + name + "' of " + describe(target)
          + ": a model may call methods of the project's model beans only");
      return;
    }
    Node parameters = method.getChild(1);
    for (int i = 0; i < parameters.getCardinality(); i++) {
      Node parameter = parameters.getChild(i);
      if (!(parameter instanceof AstIdentifier id && ENGINE_OBJECTS.contains(id.getName()))) {
        walk(parameter, problems);
      }
    }
  }

  private void checkProperty(AstProperty property, List<String> problems) {
    Optional<String> name = propertyName(property);
    Node target = property.getChild(0);
    String root = rootOf(target);
    boolean direct = target instanceof AstIdentifier;
    if (!direct && (root == null || modelBeans.containsKey(root) || ENGINE_OBJECTS.contains(root))) {
      // What a model bean, the engine or a function returns is the model's to use whole, not to explore.
      problems.add("reads '" + name.orElse("?") + "' of " + describe(target)
          + ": a model reads the values of variables, of its model beans and of decision results only");
      return;
    }
    if (name.isEmpty()) {
      problems.add("computes a property name of " + describe(target) + ": write the property's name");
    } else if (FORBIDDEN_PROPERTIES.contains(name.get())) {
      problems.add("reads '" + name.get() + "' of " + describe(target) + ", which is not available to models");
    } else if (target instanceof AstIdentifier bean && modelBeans.containsKey(bean.getName())) {
      if (!isOwnGetter(modelBeans.get(bean.getName()), name.get())) {
        problems.add("reads '" + name.get() + "' of the model bean '" + bean.getName() + "', which it does not offer");
      }
      return;
    } else if (target instanceof AstIdentifier id && ENGINE_OBJECTS.contains(id.getName())) {
      if (!ENGINE_OBJECT_PROPERTIES.contains(name.get())) {
        problems.add("reads '" + name.get() + "' of " + id.getName() + ": a model may read only "
            + String.join(", ", ENGINE_OBJECT_PROPERTIES.stream().sorted().toList()) + " of it");
      }
      return;
    }
    walk(target, problems);
  }

  /**
   * The identifier a chain of properties and calls starts from ({@code execution} in
   * {@code execution.a.b()}), or null when it starts from a function or a literal.
   */
  private static String rootOf(Node node) {
    Node current = node;
    while (current instanceof AstProperty || current instanceof AstMethod) {
      current = current.getChild(0);
    }
    return current instanceof AstIdentifier id ? id.getName() : null;
  }

  /** A public method the project declared on the bean (not one every Java object has). */
  static boolean isOwnMethod(Class<?> type, String name) {
    return Arrays.stream(type.getMethods())
        .anyMatch(method -> method.getName().equals(name) && isProjects(method.getDeclaringClass()));
  }

  static boolean isOwnGetter(Class<?> type, String property) {
    String capitalised = property.isEmpty() ? property : Character.toUpperCase(property.charAt(0)) + property.substring(1);
    return Arrays.stream(type.getMethods())
        .anyMatch(method -> method.getParameterCount() == 0 && isProjects(method.getDeclaringClass())
            && (method.getName().equals("get" + capitalised) || method.getName().equals("is" + capitalised)));
  }

  private static boolean isProjects(Class<?> type) {
    return type.getName().startsWith("org.rehabpath.");
  }

  private static Optional<String> propertyName(AstProperty property) {
    if (property instanceof AstDot dot) {
      // AstDot keeps its name to itself; its text is ". name".
      return Optional.of(dot.toString().substring(2));
    }
    if (property instanceof AstBracket bracket) {
      Node key = bracket.getChild(1);
      if (key instanceof AstString || key instanceof AstNumber) {
        return Optional.of(String.valueOf(((AstNode) key).eval(null, null)));
      }
    }
    return Optional.empty();
  }

  private static String describe(Node target) {
    return "'" + text(target) + "'";
  }

  /** The expression as its author wrote it, near enough to find it: {@code execution.a.b()}. */
  private static String text(Node node) {
    if (node instanceof AstIdentifier id) {
      return id.getName();
    }
    if (node instanceof AstMethod method) {
      return text(method.getChild(0)) + "()";
    }
    if (node instanceof AstProperty property) {
      return text(property.getChild(0)) + propertyName(property).map(name -> "." + name).orElse("[...]");
    }
    return "(...)";
  }

  private static String localName(String function) {
    int colon = function.indexOf(':');
    return colon < 0 ? function : function.substring(colon + 1);
  }
}
