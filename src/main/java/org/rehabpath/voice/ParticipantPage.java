package org.rehabpath.voice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.rehabpath.engine.AcrossTenants;
import org.rehabpath.engine.EngineClock;
import org.rehabpath.voice.Instruments.Instrument;
import org.rehabpath.voice.Invitations.Invitation;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participant's own page: with the one-time code the supervisor handed over, the participant
 * reads the questionnaire in their language and answers it alone, once. The page learns nothing of
 * the case but the first name. A code works while its questionnaire waits for answers, before it
 * expires, and once; the case closed or erased, it works no more. Wrong codes are counted per
 * address ({@link AttemptLimiter}).
 */
@Service
public class ParticipantPage {

  /** The languages of the page and of the questions: each with its easy-to-read variant. */
  public static final List<String> LANGUAGES = List.of("en", "en-easy", "sv", "sv-easy", "it", "it-easy", "fi", "fi-easy");

  public record PageQuestion(String code, Dimension dimension, String text, int scaleMin, int scaleMax,
      String lowLabel, String highLabel) {}

  /** What the page shows: the first name, the questions in the language asked, the expiry day. */
  public record Questionnaire(String firstName, String language, List<String> languages, int instrumentVersion,
      LocalDate expiresOn, List<PageQuestion> questions) {}

  private final Invitations invitations;
  private final Instruments instruments;
  private final VoiceResponses responses;
  private final AttemptLimiter limiter;
  private final RuntimeService runtimeService;

  ParticipantPage(Invitations invitations, Instruments instruments, VoiceResponses responses, AttemptLimiter limiter,
      @Lazy RuntimeService runtimeService) {
    this.invitations = invitations;
    this.instruments = instruments;
    this.responses = responses;
    this.limiter = limiter;
    this.runtimeService = runtimeService;
  }

  public Questionnaire open(String typedCode, String language, String address) {
    Invitation invitation = valid(typedCode, address);
    String shown = language != null && LANGUAGES.contains(language) ? language
        : LANGUAGES.contains(invitation.language()) ? invitation.language() : "en";
    Instrument version = instruments.version(invitation.instrumentCode(), invitation.instrumentVersion()).orElseThrow();
    Map<String, Instruments.Texts> texts = instruments.texts(version, shown);
    List<PageQuestion> questions = version.questions().stream().map(q -> {
      Instruments.Texts words = texts.getOrDefault(q.code(), new Instruments.Texts(q.text(), q.lowLabel(), q.highLabel()));
      return new PageQuestion(q.code(), q.dimension(), words.text(), q.scaleMin(), q.scaleMax(), words.lowLabel(),
          words.highLabel());
    }).toList();
    return new Questionnaire(invitation.firstName(), shown, LANGUAGES, version.version(),
        invitation.expiresAt().atZone(ZoneId.systemDefault()).toLocalDate(), questions);
  }

  /** Records the answers, uses up the code and lets the questionnaire go on to the supervisor's rating. */
  @Transactional
  public void answer(String typedCode, Map<String, Integer> answers, String address) {
    Invitation invitation = valid(typedCode, address);
    Instrument version = instruments.version(invitation.instrumentCode(), invitation.instrumentVersion()).orElseThrow();
    Map<String, Integer> given = answers == null ? Map.of() : answers;
    AnswerCheck.problem(version, Respondent.PARTICIPANT, given).ifPresent(problem -> {
      throw PageRefused.answer(problem.questionCode(), problem.message());
    });
    if (!invitations.use(invitation.id(), EngineClock.instant())) {
      throw PageRefused.codeNotValid();
    }
    responses.record(invitation.caseReference(), invitation.serviceSite(), version, invitation.occasion(),
        Respondent.PARTICIPANT, "ALONE", EngineClock.today(), null, given);
    AcrossTenants.call(() -> runtimeService.createMessageCorrelation(OwnVoiceVariables.MESSAGE_ANSWERED_ALONE)
        .processInstanceId(invitation.processInstanceId())
        .correlateWithResult());
  }

  private Invitation valid(String typedCode, String address) {
    Instant now = EngineClock.instant();
    long wait = limiter.waitSeconds(address, now);
    if (wait > 0) {
      throw PageRefused.tooManyTries(wait);
    }
    String code = OneTimeCodes.normalise(typedCode).orElse(null);
    if (code == null) {
      throw PageRefused.malformed(); // a typo, not a guess: it does not count towards the limit
    }
    Invitation invitation = invitations.byHash(OneTimeCodes.hash(code))
        .filter(found -> found.usableAt(now))
        .filter(found -> waitingForAnswers(found.processInstanceId()))
        .orElse(null);
    if (invitation == null) {
      limiter.wrongTry(address, now);
      throw PageRefused.codeNotValid();
    }
    return invitation;
  }

  /** The questionnaire still waits for the participant: not answered, not ended with the case, not paused. */
  private boolean waitingForAnswers(String processInstanceId) {
    return AcrossTenants.call(() -> runtimeService.createExecutionQuery()
        .processInstanceId(processInstanceId)
        .active()
        .messageEventSubscriptionName(OwnVoiceVariables.MESSAGE_ANSWERED_ALONE)
        .count() > 0);
  }
}
