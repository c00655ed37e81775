package org.rehabpath.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Nothing of that name exists for this user; the API answers 404. */
public class NotFoundException extends ApiProblemException {
  public NotFoundException(String message) {
    super(message);
  }

  @Override
  public ProblemDetail problem() {
    return problem(HttpStatus.NOT_FOUND, "Not found");
  }
}
