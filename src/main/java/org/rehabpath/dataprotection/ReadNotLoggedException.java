package org.rehabpath.dataprotection;

import org.rehabpath.web.ApiProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A read of personal data could not be logged, so its answer is withheld: the log is the
 * participant's assurance that every read is accountable, and it lives in the same database as the
 * data, so a failure here almost always means the read itself could not be trusted either (503).
 */
class ReadNotLoggedException extends ApiProblemException {

  static final String DETAIL = "The read could not be recorded in the read log, so nothing was sent."
      + " Please retry in a few seconds.";

  ReadNotLoggedException(Throwable cause) {
    super(DETAIL);
    initCause(cause);
  }

  @Override
  public ProblemDetail problem() {
    return problem(HttpStatus.SERVICE_UNAVAILABLE, "Read not logged");
  }
}
