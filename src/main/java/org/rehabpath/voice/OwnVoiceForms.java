package org.rehabpath.voice;

import static org.rehabpath.voice.OwnVoiceVariables.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.rehabpath.forms.FormSchemas;
import org.rehabpath.forms.FormTranslations;
import org.rehabpath.voice.Instruments.Instrument;
import org.rehabpath.voice.Instruments.Question;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The Tasklist forms of {@code own-voice} are made from the instrument's version, so that a version a
 * programme manager publishes is the one staff see: {@code forms/own-voice.form} and
 * {@code forms/own-voice-rating.form} are those of version 1 (a test keeps them so). When the latest
 * {@code own-voice} model carries forms of another version (after a manager publishes one, or when
 * the application deploys its models again), the model is deployed once more with the forms of the
 * version in force. Questionnaires already under way keep the forms they began with.
 */
@Component
public class OwnVoiceForms {

  private static final Logger LOG = LoggerFactory.getLogger(OwnVoiceForms.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The intro of each form names the instrument version its questions are made from. */
  static final String VERSION_PROPERTY = "instrumentVersion";

  private final Instruments instruments;
  private final RepositoryService repositoryService;
  private final FormSchemas forms;

  OwnVoiceForms(Instruments instruments, @Lazy RepositoryService repositoryService, FormSchemas forms) {
    this.instruments = instruments;
    this.repositoryService = repositoryService;
    this.forms = forms;
  }

  /** The questionnaire answered with the supervisor: the participant's answers and the supervisor's rating. */
  public static ObjectNode questionnaire(Instrument version) {
    ObjectNode form = form(FORM);
    ArrayNode components = form.withArray("components");
    components.add(versioned(text(FORM + "-intro", "## In their own words: {{participantName}}\n"
        + "Ask the questions below together and enter the participant's own answers, as they give them. "
        + "Then give your own view of the job-readiness questions. The answers are kept as health data "
        + "in the programme's records, not in the case."), version));
    components.add(text(FORM + "-code", "**Would they rather answer alone?** Give them the code **{{ownVoiceCode}}** "
        + "for the page {{ownVoicePage}} (it works once, until {{ownVoiceCodeExpires}}). When they have answered there, "
        + "this task closes and you rate their job readiness in a task of its own."));
    components.add(text(FORM + "-participant", "### The participant's answers"));
    for (Question question : version.questions()) {
      components.add(answer(FORM, question, Respondent.PARTICIPANT));
    }
    components.add(text(FORM + "-supervisor", "### Your own view of their job readiness"));
    version.questions().stream().filter(Question::supervisorRates)
        .forEach(question -> components.add(answer(FORM, question, Respondent.SUPERVISOR)));
    return form;
  }

  /** The supervisor's rating beside answers the participant gave alone. */
  public static ObjectNode rating(Instrument version) {
    ObjectNode form = form(RATING_FORM);
    ArrayNode components = form.withArray("components");
    components.add(versioned(text(RATING_FORM + "-intro", "## Job readiness: {{participantName}}\n"
        + "{{participantName}} has answered the questionnaire on their own page. Give your own view of the same "
        + "job-readiness questions; their answers are not shown here, so that each view is given on its own."), version));
    version.questions().stream().filter(Question::supervisorRates)
        .forEach(question -> components.add(answer(RATING_FORM, question, Respondent.SUPERVISOR)));
    return form;
  }

  /** Deploys the model again with the forms of the version in force, where the latest has others. */
  @EventListener(ApplicationReadyEvent.class)
  public void deployFormsOfCurrentVersion() {
    Instrument current = instruments.current(Instruments.DEFAULT).orElseThrow();
    ProcessDefinition latest = repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY)
        .withoutTenantId().latestVersion().singleResult();
    if (latest == null) {
      return;
    }
    Optional<JsonNode> deployed = forms.find(repositoryService, latest.getDeploymentId(), FORM);
    if (deployed.isPresent() && deployed.get().equals(questionnaire(current))) {
      return;
    }
    byte[] model;
    try (InputStream resource = repositoryService.getResourceAsStream(latest.getDeploymentId(), latest.getResourceName())) {
      model = resource.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      var deployment = repositoryService.createDeployment()
          .name(PROCESS_KEY + "-" + current.code() + "-v" + current.version())
          .source("own-voice forms")
          .enableDuplicateFiltering(false)
          .addInputStream("own-voice.bpmn", new java.io.ByteArrayInputStream(model));
      for (ObjectNode form : List.of(questionnaire(current), rating(current))) {
        String id = form.path("id").asText();
        deployment.addString(id + ".form", JSON.writerWithDefaultPrettyPrinter().writeValueAsString(form));
        for (ObjectNode variant : translations(form)) {
          deployment.addString(variant.path("id").asText() + ".form",
              JSON.writerWithDefaultPrettyPrinter().writeValueAsString(variant));
        }
      }
      deployment.deploy();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    LOG.info("Deployed {} with the forms of questionnaire {} version {}", PROCESS_KEY, current.code(), current.version());
  }

  /**
   * The form in each language whose messages ({@code forms/i18n/}) have every text of it. A version
   * with questions the messages do not know is shown in English until they are added.
   */
  static List<ObjectNode> translations(ObjectNode form) {
    List<ObjectNode> variants = new java.util.ArrayList<>();
    for (String language : FormTranslations.LANGUAGES) {
      FormTranslations.messages(form.path("id").asText(), language).ifPresent(messages -> {
        try {
          variants.add(FormTranslations.translated(form, language, messages::getProperty));
        } catch (IllegalArgumentException untranslated) {
          LOG.warn("Form {} is not deployed in {}: {}", form.path("id").asText(), language, untranslated.getMessage());
        }
      });
    }
    return variants;
  }

  /** The instrument version whose questions the deployment's questionnaire form asks. */
  public int versionOf(String deploymentId) {
    return forms.find(repositoryService, deploymentId, FORM)
        .map(form -> form.path("components").path(0).path("properties").path(VERSION_PROPERTY).asInt(0))
        .filter(version -> version > 0)
        .orElseThrow(() -> new IllegalStateException("The own-voice model of deployment " + deploymentId
            + " has no questionnaire form naming its version"));
  }

  private static ObjectNode versioned(ObjectNode component, Instrument version) {
    component.putObject("properties").put(VERSION_PROPERTY, String.valueOf(version.version()));
    return component;
  }

  private static ObjectNode form(String id) {
    ObjectNode form = JSON.createObjectNode();
    form.put("id", id).put("type", "default").put("executionPlatform", "Camunda Platform")
        .put("executionPlatformVersion", "7.24.0").put("schemaVersion", 16);
    form.putObject("exporter").put("name", "rehab-pathway").put("version", "1");
    form.putArray("components");
    return form;
  }

  private static ObjectNode text(String id, String text) {
    ObjectNode component = JSON.createObjectNode();
    return component.put("id", id).put("type", "text").put("text", text);
  }

  /** A question as a field: a radio group for a short scale, a number for a long one (health 0-100). */
  private static ObjectNode answer(String formId, Question question, Respondent respondent) {
    String key = field(respondent, question.code());
    ObjectNode field = JSON.createObjectNode();
    field.put("id", formId + "-" + key).put("key", key);
    String label = respondent == Respondent.PARTICIPANT ? question.text()
        : "Your view: \u201c" + question.text() + "\u201d";
    String ends = question.scaleMin() + " = " + question.lowLabel() + ", " + question.scaleMax() + " = " + question.highLabel();
    field.put("label", label);
    ObjectNode validate;
    if (question.scaleMax() - question.scaleMin() <= 10) {
      field.put("type", "radio");
      ArrayNode values = field.putArray("values");
      for (int value = question.scaleMin(); value <= question.scaleMax(); value++) {
        String words = value == question.scaleMin() ? " \u2013 " + question.lowLabel()
            : value == question.scaleMax() ? " \u2013 " + question.highLabel() : "";
        values.addObject().put("label", value + words).put("value", String.valueOf(value));
      }
      validate = field.putObject("validate");
    } else {
      // No decimalDigits: form-js would turn 5.5 into 55 without a word; the server refuses 5.5 instead.
      field.put("type", "number").put("description", ends);
      validate = field.putObject("validate");
      validate.put("min", question.scaleMin()).put("max", question.scaleMax());
    }
    validate.put("required", true);
    return field;
  }
}
