package org.rehabpath.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.model.xml.ModelException;
import org.rehabpath.models.ModelBean;
import org.rehabpath.security.ClinicalRecords;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Refuses, before the engine parses it, a deployment whose models could do more than the project
 * offers. A model may call the project's model beans ({@link ModelBean}) and read its variables; it
 * may not run a script, instantiate a Java class, open a connector, show an embedded HTML form, call
 * into another tenant or reach past the clinical record's one output. A deployment holds only BPMN,
 * DMN (FEEL only), Camunda Forms and diagram images; a malformed one is refused like a broken model.
 * A user other than an administrator deploys only without a tenant or into one of their own service
 * sites, never into a clinical record, and never the clinical record's own process or decision.
 *
 * <p>Each refusal is a {@link ParseException} (the engine REST API answers 400 and names the
 * resource and element) or, for the tenant, an {@link AuthorizationException} (403). Deployments
 * read back from the database are not checked again.
 */
public class ModelDeploymentCheck {

  static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  static final Set<String> IMAGES = Set.of(".png", ".jpg", ".jpeg", ".gif");
  /** Element texts that are read by people, never evaluated. */
  static final Set<String> PROSE = Set.of("documentation", "text");
  /** Attributes that would run something other than a model bean. */
  static final Set<String> FORBIDDEN_ATTRIBUTES = Set.of("class", "resource", "formKey",
      "calledElementTenantId", "decisionRefTenantId", "caseTenantId", "scriptFormat", "variableMappingClass",
      "formHandlerClass");
  /** Attributes that name a bean to run: they must name a model bean. */
  static final Set<String> DELEGATE_ATTRIBUTES = Set.of("delegateExpression", "variableMappingDelegateExpression");
  /** Elements that would run code or call out. */
  static final Set<String> FORBIDDEN_ELEMENTS = Set.of("scriptTask", "script", "connector");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ModelExpressions expressions;

  /** @param modelBeans the beans a model may call, by name, with their classes */
  public ModelDeploymentCheck(Map<String, Class<?>> modelBeans) {
    this.expressions = new ModelExpressions(modelBeans);
  }

  /**
   * Refuses a deployment into a tenant the user may not deploy into (403).
   *
   * @param userTenants the deploying user's tenants
   */
  public static void checkTenant(String tenant, List<String> userTenants) {
    if (tenant == null) {
      return;
    }
    if (ClinicalRecords.isClinicalRecord(tenant)) {
      throw new AuthorizationException("Models are not deployed into a clinical record (" + tenant
          + "): deploy without a tenant or into your own service site.");
    }
    if (userTenants == null || !userTenants.contains(tenant)) {
      throw new AuthorizationException("You may deploy only without a tenant or into your own service sites, not into " + tenant + ".");
    }
  }

  /** Checks one resource of a deployment; decision tables are not parsed. */
  public void check(String name, byte[] content, boolean administrator) {
    check(name, content, administrator, null);
  }

  /**
   * Checks one resource of a deployment.
   *
   * @param dmnEngine parses the decision tables, so that one it cannot read is refused here; null skips it
   */
  public void check(String name, byte[] content, boolean administrator, DmnEngine dmnEngine) {
    String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
    List<Problem> problems = new ArrayList<>();
    if (lower.endsWith(".bpmn") || lower.endsWith(".bpmn20.xml")) {
      Element root = xml(name, content).getDocumentElement();
      walkBpmn(root, problems, administrator);
    } else if (lower.endsWith(".dmn") || lower.endsWith(".dmn11.xml")) {
      Element root = xml(name, content).getDocumentElement();
      walkDmn(root, problems, administrator);
      if (problems.isEmpty() && dmnEngine != null) {
        checkDecisionTables(name, content, dmnEngine);
      }
    } else if (lower.endsWith(".form")) {
      checkForm(name, content);
    } else if (IMAGES.stream().noneMatch(lower::endsWith)) {
      problems.add(new ModelProblem("'" + name + "' is neither a BPMN or DMN model, a Camunda Form nor a diagram image", null));
    }
    if (!problems.isEmpty()) {
      throw new ParseException("The model " + name + " may not be deployed: "
          + String.join("; ", problems.stream().map(Problem::getMessage).toList()), name, problems, List.of());
    }
  }

  private void walkBpmn(Element element, List<Problem> problems, boolean administrator) {
    String local = element.getLocalName();
    String id = owner(element);
    if (FORBIDDEN_ELEMENTS.contains(local)) {
      problems.add(new ModelProblem(where(element) + " is a script or connector: models run no scripts; call a model bean instead", id));
      return;
    }
    if (("conditionExpression".equals(local) || "condition".equals(local)) && element.hasAttribute("language")) {
      problems.add(new ModelProblem(where(element) + " has a script condition (language " + element.getAttribute("language") + "): write it as an expression", id));
    }
    if ("process".equals(local) && ClinicalRecords.PROCESS_KEY.equals(element.getAttribute("id")) && !administrator) {
      problems.add(new ModelProblem("the clinical record's process (" + ClinicalRecords.PROCESS_KEY + ") is changed by an administrator only", id));
    }
    if ("callActivity".equals(local)) {
      checkCallActivity(element, problems);
    }
    checkAttributes(element, problems);
    if (PROSE.contains(local)) {
      return;
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        walkBpmn(childElement, problems, administrator);
      } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        checkExpression(element, child.getNodeValue(), problems);
      }
    }
  }

  private void checkAttributes(Element element, List<Problem> problems) {
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
      // camunda:class on a BPMN element, or class on a Camunda element (camunda:taskListener class="...").
      boolean camunda = CAMUNDA_NS.equals(attribute.getNamespaceURI())
          || attribute.getNamespaceURI() == null && CAMUNDA_NS.equals(element.getNamespaceURI());
      if (camunda && FORBIDDEN_ATTRIBUTES.contains(name)) {
        problems.add(new ModelProblem(where(element) + " uses camunda:" + name + ": "
            + ("formKey".equals(name) ? "use a Camunda Form (camunda:formRef)" : "call one of the project's model beans by its name instead"), owner(element)));
        continue;
      }
      if (camunda && DELEGATE_ATTRIBUTES.contains(name)) {
        if (expressions.delegateBean(attribute.getValue()).isEmpty()) {
          problems.add(new ModelProblem(where(element) + " delegates to " + attribute.getValue()
              + ": a delegate expression names one of the project's model beans, such as ${caseRegistration}", owner(element)));
        }
        continue;
      }
      checkExpression(element, attribute.getValue(), problems);
    }
  }

  private void checkExpression(Element element, String text, List<Problem> problems) {
    if (ModelExpressions.hasExpression(text)) {
      for (String problem : expressions.problems(text.strip())) {
        problems.add(new ModelProblem(where(element) + ": " + problem, owner(element)));
      }
    }
  }

  /** The clinical record's findings stay in it: only its conclusions (support need, clinical target group) come back. */
  private void checkCallActivity(Element call, List<Problem> problems) {
    String called = call.getAttribute("calledElement");
    if (ModelExpressions.hasExpression(called)) {
      problems.add(new ModelProblem(where(call) + " calls a process chosen by an expression: name the process it calls", owner(call)));
      return;
    }
    if (!ClinicalRecords.PROCESS_KEY.equals(called)) {
      return;
    }
    for (Element out : camundaChildren(call, "out")) {
      boolean conclusionOnly = ClinicalRecords.SHARED_WITH_THE_CASE.contains(out.getAttribute("source"))
          && !out.hasAttribute("variables") && !out.hasAttribute("sourceExpression");
      if (!conclusionOnly) {
        problems.add(new ModelProblem(where(call) + " takes more than the support need and the clinical target group ("
            + String.join(", ", ClinicalRecords.SHARED_WITH_THE_CASE) + ") out of the clinical record", owner(call)));
      }
    }
  }

  private static List<Element> camundaChildren(Element parent, String localName) {
    List<Element> found = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element) {
        if (CAMUNDA_NS.equals(element.getNamespaceURI()) && localName.equals(element.getLocalName())) {
          found.add(element);
        }
        found.addAll(camundaChildren(element, localName));
      }
    }
    return found;
  }

  private void walkDmn(Element element, List<Problem> problems, boolean administrator) {
    String language = element.getAttribute("expressionLanguage");
    if (!language.isEmpty() && !language.toLowerCase(Locale.ROOT).contains("feel")) {
      problems.add(new ModelProblem(where(element) + " is written in " + language
          + ": decision tables are written in FEEL only", owner(element)));
    }
    if ("decision".equals(element.getLocalName()) && ClinicalRecords.DECISION_KEY.equals(element.getAttribute("id"))
        && !administrator) {
      problems.add(new ModelProblem("the clinical record's decision (" + ClinicalRecords.DECISION_KEY
          + ") is changed by an administrator only", owner(element)));
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        walkDmn(childElement, problems, administrator);
      }
    }
  }

  /** A table the DMN engine cannot read is refused here, with its message, not with a server error. */
  private static void checkDecisionTables(String name, byte[] content, DmnEngine dmnEngine) {
    try {
      dmnEngine.parseDecisionRequirementsGraph(new ByteArrayInputStream(content));
    } catch (DmnEngineException | ModelException e) {
      throw refusal(name, "is not a valid decision table: " + firstLine(e.getMessage()));
    }
  }

  private static void checkForm(String name, byte[] content) {
    JsonNode form;
    try {
      form = JSON.readTree(content);
    } catch (IOException e) {
      throw refusal(name, "is not a Camunda Form: not valid JSON (" + firstLine(e.getMessage()) + ")");
    }
    if (form == null || !form.isObject() || !form.path("id").isTextual() || form.path("id").asText().isBlank()
        || !form.path("components").isArray()) {
      throw refusal(name, "is not a Camunda Form: a JSON object with an \"id\" and \"components\" is expected");
    }
    String embedded = embeddedContent(form);
    if (embedded != null) {
      throw refusal(name, embedded);
    }
  }

  /** A refusal of a whole resource, for what is wrong before any element can be named. */
  private static ParseException refusal(String name, String problem) {
    ModelProblem refusal = new ModelProblem("'" + name + "' " + problem, null);
    return new ParseException(refusal.getMessage(), name, List.of(refusal), List.of());
  }

  /** Form components that would show another site's page, raw HTML or a remote image in Tasklist. */
  static final Set<String> EMBEDDING_COMPONENTS = Set.of("html", "iframe", "documentPreview");

  /** Markup, remote images and script links in a form's texts, after entities are decoded. */
  private static final Pattern MARKUP = Pattern.compile("<[a-z/!?]|!\\[|url\\(|\\]\\(\\s*data:|(javascript|vbscript):");

  private static String embeddedContent(JsonNode form) {
    for (JsonNode component : form.findParents("type")) {
      String type = component.path("type").asText().toLowerCase(Locale.ROOT);
      String source = component.path("source").asText("");
      String id = component.path("id").asText(component.path("key").asText("?"));
      if (EMBEDDING_COMPONENTS.stream().anyMatch(type::equalsIgnoreCase)) {
        return "has a component of type " + type + " (" + id + "): forms show their own text only, no embedded pages or HTML";
      }
      if ("image".equals(type) && !source.isEmpty() && !source.startsWith("data:image/")) {
        return "shows an image from " + source + ": images are embedded in the form (data:image/...)";
      }
    }
    List<String> texts = new ArrayList<>();
    collectTexts(form, texts);
    for (String text : texts) {
      String plain = decodeEntities(text).replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
      if (!plain.startsWith("data:image/") && MARKUP.matcher(plain).find()) {
        return "holds markup, a remote image or a script link (" + abbreviate(text)
            + "): form texts are plain text and Markdown without images";
      }
    }
    return null;
  }

  private static void collectTexts(JsonNode node, List<String> texts) {
    if (node.isTextual()) {
      texts.add(node.asText());
    }
    node.forEach(child -> collectTexts(child, texts));
  }

  /** &#58; &#x3a; &colon; and the like, as a browser reads them. */
  private static String decodeEntities(String text) {
    Matcher entity = Pattern.compile("&#(x?)([0-9a-fA-F]+);?|&(colon|lt|gt|sol|lpar|rpar|excl|lsqb|rsqb);").matcher(text);
    StringBuilder decoded = new StringBuilder();
    while (entity.find()) {
      String replacement;
      if (entity.group(3) != null) {
        replacement = switch (entity.group(3)) {
          case "colon" -> ":";
          case "lt" -> "<";
          case "gt" -> ">";
          case "sol" -> "/";
          case "lpar" -> "(";
          case "rpar" -> ")";
          case "excl" -> "!";
          case "lsqb" -> "[";
          default -> "]";
        };
      } else {
        try {
          replacement = new String(Character.toChars(Integer.parseInt(entity.group(2), entity.group(1).isEmpty() ? 10 : 16)));
        } catch (IllegalArgumentException e) {
          replacement = "";
        }
      }
      entity.appendReplacement(decoded, Matcher.quoteReplacement(replacement));
    }
    entity.appendTail(decoded);
    return decoded.toString();
  }

  private static String abbreviate(String text) {
    return text.length() > 60 ? text.substring(0, 60) + "..." : text;
  }

  private static Document xml(String name, byte[] content) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(new ByteArrayInputStream(content));
    } catch (SAXException | IOException e) {
      throw refusal(name, "is not well-formed XML: " + firstLine(e.getMessage()));
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /** The element, or the nearest one around it that has an id, for the author to find it. */
  private static String where(Element element) {
    Element named = nearestWithId(element);
    if (named == null) {
      return "<" + element.getLocalName() + ">";
    }
    String label = named.hasAttribute("name") ? " (" + named.getAttribute("name") + ")" : "";
    return "'" + named.getAttribute("id") + "'" + label;
  }

  private static String owner(Element element) {
    Element named = nearestWithId(element);
    return named == null ? null : named.getAttribute("id");
  }

  private static Element nearestWithId(Element element) {
    for (Element e = element; e != null; e = e.getParentNode() instanceof Element parent ? parent : null) {
      if (e.hasAttribute("id")) {
        return e;
      }
    }
    return null;
  }

  /** One refusal, pointing at the element the author must change. */
  record ModelProblem(String message, String elementId) implements Problem {
    @Override
    public String getMessage() {
      return message;
    }

    @Override
    public int getLine() {
      return 0;
    }

    @Override
    public int getColumn() {
      return 0;
    }

    @Override
    public String getMainElementId() {
      return elementId;
    }

    @Override
    public List<String> getElementIds() {
      return elementId == null ? List.of() : List.of(elementId);
    }
  }
}
