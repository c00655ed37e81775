package org.rehabpath.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;

/**
 * What the models show staff exists in every language: the name of every user task of every process
 * ({@code processes/i18n/<process>_<language>.properties}, by task id, with the same expressions as
 * the model's name) and the text of every rationale code a decision table gives
 * ({@code processes/i18n/<decision>[_<language>].properties}).
 */
class ModelTranslationsTest {

  private static final Path MODELS = Path.of("processes");
  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{[^}]*}");
  private static final Pattern QUOTED_CODE = Pattern.compile("\"([A-Z][A-Z0-9_]*)\"");

  @Test
  void everyUserTaskIsNamedInEveryLanguageWithTheModelsExpressions() throws IOException {
    for (Path model : files(".bpmn")) {
      for (Process process : Bpmn.readModelFromFile(model.toFile()).getModelElementsByType(Process.class)) {
        Map<String, String> names = new LinkedHashMap<>();
        process.getModelInstance().getModelElementsByType(UserTask.class).stream()
            .filter(task -> processOf(task) == process).forEach(task -> names.put(task.getId(), task.getName()));
        if (names.isEmpty()) {
          continue;
        }
        for (String language : FormTranslations.LANGUAGES) {
          Path file = MODELS.resolve("i18n").resolve(process.getId() + "_" + language + ".properties");
          assertThat(file).as("task names of %s in %s", process.getId(), language).exists();
          Properties translated = FormTranslationsTest.load(file);
          assertThat(translated.stringPropertyNames()).as("%s", file).containsExactlyInAnyOrderElementsOf(names.keySet());
          names.forEach((task, name) -> {
            String translation = translated.getProperty(task);
            assertThat(translation).as("%s: %s", file, task).isNotBlank().isNotEqualTo(name);
            assertThat(expressions(translation)).as("%s: expressions of %s", file, task).isEqualTo(expressions(name));
          });
        }
      }
    }
  }

  @Test
  void everyProcessHasItsNameForTasklistAsTheModelNamesIt() throws IOException {
    Properties english = FormTranslationsTest.load(Path.of("src/main/resources/i18n/process-names.properties"));
    Set<String> keys = new TreeSet<>();
    for (Path model : files(".bpmn")) {
      for (Process process : Bpmn.readModelFromFile(model.toFile()).getModelElementsByType(Process.class)) {
        String key = "process." + process.getId() + ".name";
        keys.add(key);
        assertThat(new java.text.MessageFormat(english.getProperty(key, "")).format(new Object[0]))
            .as("%s in i18n/process-names.properties", key).isEqualTo(process.getName());
      }
    }
    assertThat(english.stringPropertyNames()).as("names of processes that exist").containsExactlyInAnyOrderElementsOf(keys);
  }

  @Test
  void everyRationaleCodeOfADecisionHasItsTextInEveryLanguage() throws IOException {
    int decisionsWithRationales = 0;
    for (Path table : files(".dmn")) {
      for (Decision decision : Dmn.readModelFromFile(table.toFile()).getModelElementsByType(Decision.class)) {
        Set<String> codes = rationaleCodes(decision);
        if (codes.isEmpty()) {
          continue;
        }
        decisionsWithRationales++;
        for (String language : Stream.concat(Stream.of(""), FormTranslations.LANGUAGES.stream().map(l -> "_" + l)).toList()) {
          Path file = MODELS.resolve("i18n").resolve(decision.getId() + language + ".properties");
          assertThat(file).exists();
          Properties texts = FormTranslationsTest.load(file);
          assertThat(texts.stringPropertyNames()).as("%s", file).containsExactlyInAnyOrderElementsOf(codes);
          texts.forEach((code, text) -> assertThat((String) text).as("%s: %s", file, code).isNotBlank());
        }
      }
    }
    assertThat(decisionsWithRationales).as("decisions whose rationales staff read").isEqualTo(3);
  }

  /** The codes of the outputs named "...rationale" (a code, or an if-then-else of two). */
  private static Set<String> rationaleCodes(Decision decision) {
    Set<String> codes = new TreeSet<>();
    for (DecisionTable table : decision.getChildElementsByType(DecisionTable.class)) {
      List<Output> outputs = List.copyOf(table.getOutputs());
      for (Rule rule : table.getRules()) {
        List<OutputEntry> entries = List.copyOf(rule.getOutputEntries());
        for (int i = 0; i < outputs.size(); i++) {
          if (outputs.get(i).getName().toLowerCase().endsWith("rationale")) {
            Matcher code = QUOTED_CODE.matcher(entries.get(i).getTextContent());
            while (code.find()) {
              codes.add(code.group(1));
            }
          }
        }
      }
    }
    return codes;
  }

  private static Process processOf(org.camunda.bpm.model.xml.instance.ModelElementInstance element) {
    var parent = element.getParentElement();
    while (parent != null && !(parent instanceof Process)) {
      parent = parent.getParentElement();
    }
    return (Process) parent;
  }

  private static Set<String> expressions(String text) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = EXPRESSION.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    return found;
  }

  private static List<Path> files(String suffix) throws IOException {
    try (Stream<Path> files = Files.list(MODELS)) {
      return files.filter(file -> file.toString().endsWith(suffix)).sorted().toList();
    }
  }
}
