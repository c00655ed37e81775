package org.rehabpath.activityplan;

import org.rehabpath.web.ApiProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** A change to an activity plan, a measure kind or a group that is not made; nothing is recorded. */
public class ActivityPlanRefused extends ApiProblemException {

  private final String field;
  private final HttpStatus status;

  ActivityPlanRefused(HttpStatus status, String field, String message) {
    super(message);
    this.status = status;
    this.field = field;
  }

  @Override
  public ProblemDetail problem() {
    return status == HttpStatus.BAD_REQUEST ? invalidField(field) : problem(status, "Not done");
  }
}
