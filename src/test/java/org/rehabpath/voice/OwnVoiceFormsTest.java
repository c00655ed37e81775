package org.rehabpath.voice;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.rehabpath.support.IntegrationTest;
import org.rehabpath.voice.Instruments.Instrument;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The forms in forms/ that Camunda Modeler opens are those the application makes from version 1 of the
 * questionnaire: a change of the generator or of the default questions shows here, with the forms it
 * would make written to target/ to compare.
 */
@IntegrationTest
class OwnVoiceFormsTest {

  @Autowired Instruments instruments;

  @Test
  void theFormsInTheModelFolderAreThoseOfVersionOne() throws Exception {
    Instrument first = instruments.version(Instruments.DEFAULT, 1).orElseThrow();
    ObjectMapper json = new ObjectMapper();
    check(json, "own-voice.form", OwnVoiceForms.questionnaire(first));
    check(json, "own-voice-rating.form", OwnVoiceForms.rating(first));
  }

  private static void check(ObjectMapper json, String name, JsonNode made) throws Exception {
    Path generated = Path.of("target", "generated-forms", name);
    Files.createDirectories(generated.getParent());
    Files.writeString(generated, json.writerWithDefaultPrettyPrinter().writeValueAsString(made) + "\n");
    JsonNode shipped = json.readTree(Path.of("forms", name).toFile());
    assertThat(shipped).as("forms/%s is what the application makes from version 1 (see %s)", name, generated)
        .isEqualTo(made);
  }
}
