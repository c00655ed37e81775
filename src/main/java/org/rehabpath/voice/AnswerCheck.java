package org.rehabpath.voice;

import java.util.Map;
import java.util.Optional;
import org.rehabpath.voice.Instruments.Instrument;
import org.rehabpath.voice.Instruments.Question;
import org.rehabpath.web.MessageText;

/**
 * Checks answers against the version they answer, on every door (the API, the task's form, the
 * participant's page): each question of the respondent answered, within its scale, and nothing else.
 */
final class AnswerCheck {

  /** What is wrong with one question's answer, by its code. */
  record Problem(String questionCode, MessageText text) {
    /** The problem in English (the participant's page, the API). */
    String message() {
      return text.english();
    }
  }

  private AnswerCheck() {}

  static Optional<Problem> problem(Instrument version, Respondent respondent, Map<String, Integer> answers) {
    for (var answer : answers.entrySet()) {
      Optional<Question> asked = version.question(answer.getKey());
      if (asked.isEmpty()) {
        String named = answer.getKey().length() > 64 ? answer.getKey().substring(0, 64) + "..." : answer.getKey();
        return Optional.of(new Problem(named, MessageText.of("voice.answer.noSuchQuestion", named, version.version())));
      }
      Question question = asked.get();
      if (respondent == Respondent.SUPERVISOR && !question.supervisorRates()) {
        return Optional.of(new Problem(question.code(), MessageText.of("voice.answer.participantsQuestion", question.code())));
      }
      if (answer.getValue() == null || answer.getValue() < question.scaleMin() || answer.getValue() > question.scaleMax()) {
        return Optional.of(new Problem(question.code(), MessageText.of("voice.answer.outOfScale", question.text(),
            question.scaleMin(), question.scaleMax(), answer.getValue())));
      }
    }
    for (Question question : version.questions()) {
      boolean asked = respondent == Respondent.PARTICIPANT || question.supervisorRates();
      if (asked && !answers.containsKey(question.code())) {
        return Optional.of(new Problem(question.code(), MessageText.of("voice.answer.missing", question.code(), question.text())));
      }
    }
    return Optional.empty();
  }
}
