package org.rehabpath.voice;

import static org.rehabpath.voice.OwnVoiceVariables.*;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.rehabpath.activityplan.ActivityPlan;
import org.rehabpath.engine.EngineClock;
import org.rehabpath.engine.FieldRefusal;
import org.rehabpath.models.ModelBean;
import org.rehabpath.participant.Participant;
import org.rehabpath.participant.ParticipantRepository;
import org.rehabpath.pathway.PathwaySettings;
import org.rehabpath.security.CurrentUser;
import org.rehabpath.variables.CaseVariables;
import org.rehabpath.voice.Instruments.Instrument;
import org.rehabpath.voice.Instruments.Question;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.rehabpath.web.MessageText;

/**
 * The steps of {@code own-voice}. When it begins, the version in force is fixed for it. When the
 * questionnaire task is created it goes to the supervisor named on the case and carries a fresh
 * one-time code for the participant's own page (shown on the form while the task is open, kept only
 * as a hash). When it is completed, the participant's answers and the supervisor's rating are checked
 * against that version, recorded in the project's tables and removed from the case, and the code
 * stops working. The rating task that follows answers given alone records the rating the same way.
 */
@ModelBean("ownVoiceQuestionnaire")
public class OwnVoiceQuestionnaire implements TaskListener {

  private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

  private final Instruments instruments;
  private final VoiceResponses responses;
  private final Invitations invitations;
  private final ActivityPlan plan;
  private final ParticipantRepository participants;
  private final PathwaySettings settings;
  private final CurrentUser currentUser;
  private final RuntimeService runtimeService;
  private final String pageUrl;
  private final OwnVoiceForms forms;

  private final org.rehabpath.security.SiteLanguages siteLanguages;

  OwnVoiceQuestionnaire(Instruments instruments, VoiceResponses responses, Invitations invitations, ActivityPlan plan,
      ParticipantRepository participants, PathwaySettings settings, CurrentUser currentUser,
      @Lazy RuntimeService runtimeService, OwnVoiceForms forms, org.rehabpath.security.SiteLanguages siteLanguages,
      @Value("${rehab.voice.page-url:http://localhost:${server.port:8080}/own-words/}") String pageUrl) {
    this.instruments = instruments;
    this.responses = responses;
    this.invitations = invitations;
    this.plan = plan;
    this.participants = participants;
    this.settings = settings;
    this.currentUser = currentUser;
    this.runtimeService = runtimeService;
    this.pageUrl = pageUrl;
    this.forms = forms;
    this.siteLanguages = siteLanguages;
  }

  /** Start listener of own-voice: the version its forms ask, and the occasion in words for the task. */
  public void begin(DelegateExecution execution) {
    String deployment = execution.getProcessEngineServices().getRepositoryService()
        .getProcessDefinition(execution.getProcessDefinitionId()).getDeploymentId();
    INSTRUMENT_VERSION.set(execution, forms.versionOf(deployment));
    OCCASION_NAME.set(execution, Occasion.valueOf(OCCASION.get(execution)).inWords(siteLanguages.ofTenant(execution.getTenantId())));
  }

  /** Start listener of the closing: the case's support asks for the exit questionnaire. */
  public void exitBegun(DelegateExecution execution) {
    if (execution.getProcessBusinessKey() != null) {
      runtimeService.createMessageCorrelation(MESSAGE_EXIT_BEGUN)
          .processInstanceBusinessKey(execution.getProcessBusinessKey())
          .correlateAll();
    }
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      plan.supervision(CaseVariables.CASE_REFERENCE.get(task)).ifPresent(s -> task.setAssignee(s.supervisor()));
      if (HEAR_PARTICIPANT.equals(task.getTaskDefinitionKey())) {
        handOverCode(task);
      }
      return;
    }
    Instrument version = version(task);
    Occasion occasion = Occasion.valueOf(OCCASION.get(task));
    String caseReference = CaseVariables.CASE_REFERENCE.get(task);
    String site = CaseVariables.SERVICE_SITE.get(task);
    String by = currentUser.idOrNull() != null ? currentUser.idOrNull() : task.getAssignee();
    List<Respondent> answering = HEAR_PARTICIPANT.equals(task.getTaskDefinitionKey())
        ? List.of(Respondent.PARTICIPANT, Respondent.SUPERVISOR) : List.of(Respondent.SUPERVISOR);
    Map<Respondent, Map<String, Integer>> given = new LinkedHashMap<>();
    for (Respondent respondent : answering) {
      Map<String, Integer> answers = answers(task, version, respondent);
      AnswerCheck.problem(version, respondent, answers).ifPresent(problem -> {
        throw FieldRefusal.of(field(respondent, problem.questionCode()), problem.text());
      });
      given.put(respondent, answers);
    }
    given.forEach((respondent, answers) -> responses.record(caseReference, site, version, occasion, respondent,
        "WITH_SUPERVISOR", EngineClock.today(), by, answers));
    invitations.withdraw(task.getProcessInstanceId(), EngineClock.instant());
    task.removeVariables(task.getVariableNames().stream().filter(OwnVoiceVariables::isAnswer).toList());
  }

  private void handOverCode(DelegateTask task) {
    String caseReference = CaseVariables.CASE_REFERENCE.get(task);
    // A task made again (the last code expired) makes every earlier code of the questionnaire useless.
    invitations.withdraw(task.getProcessInstanceId(), EngineClock.instant());
    String code = OneTimeCodes.newCode();
    Instant expires = EngineClock.instant().atZone(ZoneId.systemDefault()).plus(validFor()).toInstant();
    String firstName = participants.findByCaseReference(caseReference).map(Participant::firstName)
        .orElseGet(() -> firstWord(CaseVariables.PARTICIPANT_NAME.get(task)));
    invitations.create(OneTimeCodes.hash(code), caseReference, CaseVariables.SERVICE_SITE.get(task),
        task.getProcessInstanceId(), Occasion.valueOf(OCCASION.get(task)), version(task), "browser", firstName,
        currentUser.idOrNull(), expires);
    task.setVariableLocal(CODE.name(), OneTimeCodes.grouped(code));
    task.setVariableLocal(PAGE.name(), pageUrl);
    task.setVariableLocal(CODE_EXPIRES.name(), EXPIRY.format(expires.atZone(ZoneId.systemDefault())));
  }

  private java.time.temporal.TemporalAmount validFor() {
    String period = settings.getOwnVoiceCodeValidFor();
    return period.contains("T") ? Duration.parse(period) : Period.parse(period);
  }

  private Instrument version(DelegateTask task) {
    return instruments.version(Instruments.DEFAULT, INSTRUMENT_VERSION.get(task)).orElseThrow();
  }

  /** The respondent's answers from the form: whole numbers, whatever number type the form sent. */
  private static Map<String, Integer> answers(DelegateTask task, Instrument version, Respondent respondent) {
    Map<String, Integer> answers = new LinkedHashMap<>();
    for (Question question : version.questions()) {
      String field = field(respondent, question.code());
      Object value = task.getVariable(field);
      if (value == null) {
        continue;
      }
      // A radio group sends its choice as text ("4"), a number field as a number.
      Integer answer = value instanceof String text && text.matches("-?\\d{1,7}") ? Integer.valueOf(text)
          : value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
              && Math.abs(number.doubleValue()) < 10_000_000 ? Integer.valueOf(number.intValue()) : null;
      if (answer == null) {
        throw FieldRefusal.of(field, MessageText.of("voice.answer.notWhole", question.text(),
            question.scaleMin(), question.scaleMax()));
      }
      answers.put(question.code(), answer);
    }
    return answers;
  }

  private static String firstWord(String name) {
    return name == null ? null : name.trim().split("\\s+")[0];
  }
}
