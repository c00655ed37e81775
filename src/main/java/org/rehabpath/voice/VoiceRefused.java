package org.rehabpath.voice;

import org.rehabpath.web.ApiProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Answers or a version that are not recorded, saying why; nothing is recorded. */
public class VoiceRefused extends ApiProblemException {

  private final HttpStatus status;
  private final String field;

  VoiceRefused(HttpStatus status, String field, String message) {
    super(message);
    this.status = status;
    this.field = field;
  }

  @Override
  public ProblemDetail problem() {
    return status == HttpStatus.BAD_REQUEST ? invalidField(field) : problem(status, "Not recorded");
  }
}
