package org.rehabpath.voice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.rehabpath.casestatus.UserCases;
import org.rehabpath.engine.EngineClock;
import org.rehabpath.security.CurrentUser;
import org.rehabpath.security.Groups;
import org.rehabpath.voice.Instruments.Instrument;
import org.rehabpath.voice.Instruments.Question;
import org.rehabpath.voice.VoiceResponses.Response;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participant's own voice over the API: the instrument in force, a new version published by a
 * programme manager, and a case's questionnaires with the change since the baseline. The answers are
 * health data: the supervisor's professions and the interservice team of the case's site read and
 * record them; host tutors, integrations and everyone else are refused.
 */
@Service
public class ParticipantVoice {

  /** Who records and reads a participant's answers: the supervisor's professions and the team. */
  static final List<String> RECORDERS = org.rehabpath.activityplan.SiteStaff.SUPERVISORS;
  static final List<String> READERS = concat(RECORDERS, List.of(Groups.INTERSERVICE_TEAM));

  /** Answers recorded: who answered, when, about which occasion, each answer by question code. */
  public record NewResponse(Occasion occasion, Respondent respondent, LocalDate answeredOn, Map<String, Integer> answers) {}

  /** One questionnaire as the supervisor and the team read it: its answers and its score per dimension. */
  public record ResponseView(long id, int instrumentVersion, Occasion occasion, Respondent respondent, String answeredVia,
      LocalDate answeredOn, Map<String, Integer> answers, Map<Dimension, BigDecimal> scores) {}

  /** A case's questionnaires, and the participant's change from the baseline to the latest. */
  public record CaseVoice(String caseReference, List<ResponseView> responses, Map<Dimension, BigDecimal> baseline,
      Map<Dimension, BigDecimal> latest, Map<Dimension, BigDecimal> change) {}

  /**
   * A new version: its name and questions, and optionally their words in the page's other languages
   * ({@code texts.sv.KEEPS_TIMES}); a question without them is shown in the version's own words.
   */
  public record NewVersion(String name, List<Question> questions, Map<String, Map<String, Instruments.Texts>> texts) {}

  private final Instruments instruments;
  private final VoiceResponses responses;
  private final CurrentUser currentUser;
  private final UserCases userCases;
  private final ParticipantVoiceFigures figures;
  private final OwnVoiceForms forms;
  private final org.camunda.bpm.engine.RuntimeService runtimeService;
  private final org.rehabpath.security.EngineAsSystem asSystem;

  ParticipantVoice(Instruments instruments, VoiceResponses responses, CurrentUser currentUser, UserCases userCases,
      ParticipantVoiceFigures figures, OwnVoiceForms forms, org.rehabpath.security.EngineAsSystem asSystem,
      @org.springframework.context.annotation.Lazy org.camunda.bpm.engine.RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
    this.forms = forms;
    this.asSystem = asSystem;
    this.figures = figures;
    this.instruments = instruments;
    this.responses = responses;
    this.currentUser = currentUser;
    this.userCases = userCases;
  }

  public Instrument instrument(String code) {
    currentUser.requireAnyGroup(concat(READERS, List.of(Groups.PROGRAMME_MANAGERS)), "read the questionnaire");
    return instruments.current(code).orElseThrow(() -> new VoiceRefused(HttpStatus.NOT_FOUND, "code",
        "There is no questionnaire " + code + "."));
  }

  @Transactional
  public Instrument publish(String code, NewVersion request) {
    currentUser.requireAnyGroup(List.of(Groups.PROGRAMME_MANAGERS), "publish a version of the questionnaire");
    instrument(code);
    if (request.name() == null || request.name().isBlank() || request.name().length() > 200) {
      throw new VoiceRefused(HttpStatus.BAD_REQUEST, "name", "Give the version a name of at most 200 characters.");
    }
    if (request.questions() == null || request.questions().isEmpty()) {
      throw new VoiceRefused(HttpStatus.BAD_REQUEST, "questions", "A version asks at least one question.");
    }
    Set<String> codes = new java.util.HashSet<>();
    for (Question q : request.questions()) {
      if (q.code() == null || !q.code().matches("[A-Z][A-Z0-9_]{1,63}") || !codes.add(q.code())) {
        throw new VoiceRefused(HttpStatus.BAD_REQUEST, "questions", "Each question has its own code of capital letters,"
            + " digits and underscores, such as KEEPS_TIMES; got " + q.code());
      }
      if (q.dimension() == null || q.text() == null || q.text().isBlank() || q.text().length() > 500
          || q.scaleMax() <= q.scaleMin() || q.lowLabel() == null || q.highLabel() == null) {
        throw new VoiceRefused(HttpStatus.BAD_REQUEST, "questions", "Question " + q.code() + " needs a dimension, a text"
            + " of at most 500 characters, a scale whose top is above its bottom, and words for both ends.");
      }
    }
    Map<String, Map<String, Instruments.Texts>> texts = request.texts() == null ? Map.of() : request.texts();
    for (var language : texts.entrySet()) {
      if (!ParticipantPage.LANGUAGES.contains(language.getKey()) || "en".equals(language.getKey())) {
        throw new VoiceRefused(HttpStatus.BAD_REQUEST, "texts." + language.getKey(), "The questions' words are given in "
            + ParticipantPage.LANGUAGES.subList(1, ParticipantPage.LANGUAGES.size()) + "; English is the questions' own.");
      }
      for (var words : language.getValue().entrySet()) {
        Instruments.Texts t = words.getValue();
        String where = "texts." + language.getKey() + "." + words.getKey();
        if (!codes.contains(words.getKey())) {
          throw new VoiceRefused(HttpStatus.BAD_REQUEST, where, "There is no question " + words.getKey() + " in this version.");
        }
        if (t == null || t.text() == null || t.text().isBlank() || t.text().length() > 500 || t.lowLabel() == null
            || t.lowLabel().length() > 100 || t.highLabel() == null || t.highLabel().length() > 100) {
          throw new VoiceRefused(HttpStatus.BAD_REQUEST, where, "Give a text of at most 500 characters and words for both"
              + " ends of at most 100.");
        }
      }
    }
    Instrument published = instruments.publish(code, request.name().trim(), request.questions(), currentUser.id());
    texts.forEach((language, words) -> instruments.addTexts(published, language, words));
    // The questionnaires that begin from now on show this version's questions in Tasklist.
    asSystem.query(() -> {
      forms.deployFormsOfCurrentVersion();
      return null;
    });
    return published;
  }

  public CaseVoice of(String caseReference) {
    currentUser.requireAnyGroup(READERS, "read a participant's own answers");
    userCases.find(caseReference);
    return figures.caseVoice(caseReference);
  }

  /** Records a questionnaire answered with the supervisor, checked against the version in force. */
  @Transactional
  public CaseVoice record(String caseReference, NewResponse request) {
    currentUser.requireAnyGroup(RECORDERS, "record a participant's answers");
    HistoricProcessInstance theCase = userCases.find(caseReference);
    if (theCase.getEndTime() != null) {
      throw new VoiceRefused(HttpStatus.CONFLICT, "caseReference", "Case " + caseReference + " is closed.");
    }
    if (request.occasion() == null) {
      throw new VoiceRefused(HttpStatus.BAD_REQUEST, "occasion", "Say when: BASELINE, FOLLOW_UP or EXIT.");
    }
    Respondent respondent = request.respondent() == null ? Respondent.PARTICIPANT : request.respondent();
    LocalDate on = request.answeredOn() == null ? EngineClock.today() : request.answeredOn();
    if (on.isAfter(EngineClock.today())) {
      throw new VoiceRefused(HttpStatus.BAD_REQUEST, "answeredOn", "The date " + on + " is in the future.");
    }
    Instrument version = instruments.current(Instruments.DEFAULT).orElseThrow();
    Map<String, Integer> answers = request.answers() == null ? Map.of() : request.answers();
    AnswerCheck.problem(version, respondent, answers).ifPresent(problem -> {
      throw new VoiceRefused(HttpStatus.BAD_REQUEST, "answers." + problem.questionCode(), problem.message());
    });
    if (request.occasion() == Occasion.BASELINE && responses.forCase(caseReference).stream()
        .anyMatch(r -> r.respondent() == respondent)) {
      throw new VoiceRefused(HttpStatus.CONFLICT, "occasion", "The baseline of " + caseReference
          + " comes first and once: answers are recorded already.");
    }
    boolean asked = asSystem.query(() -> runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(OwnVoiceVariables.PROCESS_KEY).processInstanceBusinessKey(caseReference)
        .variableValueEquals(OwnVoiceVariables.OCCASION.name(), request.occasion().name()).count() > 0);
    if (asked) {
      throw new VoiceRefused(HttpStatus.CONFLICT, "occasion", "The questionnaire " + request.occasion()
          + " of " + caseReference + " waits as a task: answer it there, or let the participant answer with its code.");
    }
    if (on.isBefore(theCase.getStartTime().toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate())) {
      throw new VoiceRefused(HttpStatus.BAD_REQUEST, "answeredOn", "The date " + on + " is before the case began.");
    }
    responses.record(caseReference, theCase.getTenantId(), version, request.occasion(), respondent, "WITH_SUPERVISOR",
        on, currentUser.id(), answers);
    return figures.caseVoice(caseReference);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
