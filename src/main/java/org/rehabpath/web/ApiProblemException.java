package org.rehabpath.web;

import java.util.List;
import org.rehabpath.web.ApiProblemHandler.FieldError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A refusal of the project's API that the client can act on, carrying its own answer: each feature's
 * exception extends this and says its status, title and details, so that {@link ApiProblemHandler}
 * answers every one of them without knowing the features.
 */
public abstract class ApiProblemException extends RuntimeException {

  protected ApiProblemException(String message) {
    super(message);
  }

  /** The answer to the client (RFC 9457). */
  public abstract ProblemDetail problem();

  /** A problem with a status, a title and this exception's message as its detail. */
  protected ProblemDetail problem(HttpStatus status, String title) {
    return ApiProblemHandler.problem(status, title, getMessage());
  }

  /** A 400 naming the one field at fault, with this exception's message. */
  protected ProblemDetail invalidField(String field) {
    return ApiProblemHandler.invalid(List.of(new FieldError(field, getMessage())));
  }
}
