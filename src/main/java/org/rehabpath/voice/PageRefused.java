package org.rehabpath.voice;

import java.util.List;
import org.rehabpath.web.ApiProblemException;
import org.rehabpath.web.ApiProblemHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A refusal on the participant's page, with a stable code the page shows in the participant's
 * language. A code that is unknown, used, expired, withdrawn or of a closed case is refused alike, so
 * that the answer tells a guesser nothing.
 */
class PageRefused extends ApiProblemException {

  enum Reason { CODE_NOT_VALID, CODE_MALFORMED, TOO_MANY_TRIES, ANSWER_INVALID }

  private final Reason reason;
  private final String field;
  final long retryAfterSeconds;

  private PageRefused(Reason reason, String field, String message, long retryAfterSeconds) {
    super(message);
    this.reason = reason;
    this.field = field;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  static PageRefused codeNotValid() {
    return new PageRefused(Reason.CODE_NOT_VALID, null,
        "This code does not work. Ask your supervisor for a new one.", 0);
  }

  static PageRefused malformed() {
    return new PageRefused(Reason.CODE_MALFORMED, "code", "A code has ten letters and digits, such as K7M2Q-9PX3D.", 0);
  }

  static PageRefused tooManyTries(long seconds) {
    return new PageRefused(Reason.TOO_MANY_TRIES, null, "Too many codes tried. Try again in "
        + Math.max(1, (seconds + 59) / 60) + " minutes.", seconds);
  }

  static PageRefused answer(String questionCode, String message) {
    return new PageRefused(Reason.ANSWER_INVALID, "answers." + questionCode, message, 0);
  }

  HttpStatus status() {
    return switch (reason) {
      case CODE_NOT_VALID -> HttpStatus.NOT_FOUND;
      case TOO_MANY_TRIES -> HttpStatus.TOO_MANY_REQUESTS;
      case CODE_MALFORMED, ANSWER_INVALID -> HttpStatus.BAD_REQUEST;
    };
  }

  @Override
  public ProblemDetail problem() {
    ProblemDetail problem = field != null
        ? ApiProblemHandler.invalid(List.of(new ApiProblemHandler.FieldError(field, getMessage())))
        : ApiProblemHandler.problem(status(), status() == HttpStatus.NOT_FOUND ? "Code not valid" : "Too many tries",
            getMessage());
    problem.setProperty("code", reason.name());
    return problem;
  }
}
