package org.rehabpath.voice;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The participant's own page, {@code /own-words/}: no account, the one-time code is the key. The
 * code travels in the request body only, never in a URL that a server or proxy would log.
 */
@RestController
class ParticipantPageController {

  record OpenRequest(String code, String language) {}

  record AnswersRequest(String code, Map<String, java.math.BigDecimal> answers) {}

  record Received(boolean received) {}

  private final ParticipantPage page;

  ParticipantPageController(ParticipantPage page) {
    this.page = page;
  }

  @PostMapping("/own-words/questionnaire")
  ParticipantPage.Questionnaire open(@RequestBody OpenRequest request, HttpServletRequest http) {
    return page.open(request.code(), request.language(), http.getRemoteAddr());
  }

  @PostMapping("/own-words/answers")
  Received answer(@RequestBody AnswersRequest request, HttpServletRequest http) {
    page.answer(request.code(), wholeNumbers(request.answers()), http.getRemoteAddr());
    return new Received(true);
  }

  /** 50.5 is not an answer on a scale of whole numbers: refused, not cut to 50. */
  private static Map<String, Integer> wholeNumbers(Map<String, java.math.BigDecimal> answers) {
    if (answers == null) {
      return null;
    }
    Map<String, Integer> whole = new java.util.LinkedHashMap<>();
    answers.forEach((question, answer) -> {
      try {
        whole.put(question, answer == null ? null : answer.intValueExact());
      } catch (ArithmeticException notWhole) {
        throw PageRefused.answer(question.length() > 64 ? question.substring(0, 64) : question,
            "Answer with a whole number on the question's scale.");
      }
    });
    return whole;
  }

  @ExceptionHandler(PageRefused.class)
  ResponseEntity<ProblemDetail> refused(PageRefused refused) {
    ResponseEntity.BodyBuilder answer = ResponseEntity.status(refused.status())
        .header(HttpHeaders.CACHE_CONTROL, "no-store");
    if (refused.retryAfterSeconds > 0) {
      answer.header(HttpHeaders.RETRY_AFTER, String.valueOf(refused.retryAfterSeconds));
    }
    return answer.body(refused.problem());
  }
}
