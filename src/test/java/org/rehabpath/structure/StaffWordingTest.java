package org.rehabpath.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A user task's documentation is what Tasklist shows staff on the task's Description tab: plain words,
 * no variable names, codes or API paths (those belong in the code and docs/).
 */
class StaffWordingTest {

  private static final Pattern USER_TASK_DOCUMENTATION = Pattern.compile(
      "<bpmn:userTask id=\"([^\"]+)\"[^>]*>\\s*<bpmn:documentation>(.*?)</bpmn:documentation>", Pattern.DOTALL);
  /** camelCase names, CODES_LIKE_THIS, and paths of the API. */
  private static final Pattern JARGON = Pattern.compile("\\b[a-z]+[A-Z]\\w*\\b|\\b[A-Z]{2,}(?:_[A-Z]+)+\\b|/api/");

  @Test
  void everyTaskDescriptionIsInPlainWords() throws Exception {
    List<String> jargon = new ArrayList<>();
    int tasks = 0;
    try (Stream<Path> models = Files.list(Path.of("processes"))) {
      for (Path model : models.filter(path -> path.toString().endsWith(".bpmn")).toList()) {
        Matcher task = USER_TASK_DOCUMENTATION.matcher(Files.readString(model));
        while (task.find()) {
          tasks++;
          Matcher word = JARGON.matcher(task.group(2));
          while (word.find()) {
            jargon.add(model.getFileName() + " " + task.group(1) + ": " + word.group());
          }
        }
      }
    }
    assertThat(tasks).as("user tasks with a description").isGreaterThan(15);
    assertThat(jargon).as("variable names, codes or paths in what staff read").isEmpty();
  }
}
