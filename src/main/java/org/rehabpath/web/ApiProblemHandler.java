package org.rehabpath.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the project's API as an RFC 9457 problem ({@code application/problem+json}) a
 * client can act on: bad fields are named one by one, and no stack trace leaves the server.
 */
// Every error of Spring MVC, also those met before a controller is chosen (an unknown path, a method the
// path does not take), so not limited to the project's packages.
@RestControllerAdvice
public class ApiProblemHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

  /** One invalid field: its JSON path and what is wrong with it. */
  public record FieldError(String field, String message) {}

  public static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }

  public static ProblemDetail invalid(List<FieldError> errors) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request",
        errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")));
    problem.setProperty("errors", errors);
    return problem;
  }

  /**
   * An unknown address: a problem for the APIs, but a page for a browser elsewhere (the error views in
   * {@code templates/error/}, in its language), as the container shows it after {@code sendError}.
   */
  @Override
  protected ResponseEntity<Object> handleNoResourceFoundException(
      org.springframework.web.servlet.resource.NoResourceFoundException ex, HttpHeaders headers,
      org.springframework.http.HttpStatusCode status, WebRequest request) {
    if (request instanceof org.springframework.web.context.request.ServletWebRequest servlet
        && !servlet.getRequest().getRequestURI().startsWith(servlet.getRequest().getContextPath() + "/api/")
        && servlet.getResponse() != null) {
      try {
        servlet.getResponse().sendError(404);
        return null;
      } catch (java.io.IOException gone) {
        // the client has gone: nothing to answer
        return null;
      }
    }
    return super.handleNoResourceFoundException(ex, headers, status, request);
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
        .map(e -> new FieldError(e.getField(), e.getDefaultMessage()))
        .sorted(Comparator.comparing(FieldError::field))
        .toList();
    return ResponseEntity.badRequest().body(invalid(errors));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    Throwable cause = ex.getCause();
    FieldError error;
    if (cause instanceof UnrecognizedPropertyException unknown) {
      error = new FieldError(path(unknown), "is not a known field");
    } else if (cause instanceof InvalidFormatException format && format.getTargetType() != null
        && format.getTargetType().isEnum()) {
      error = new FieldError(path(format), "must be one of " + Arrays.toString(format.getTargetType().getEnumConstants()));
    } else if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
      error = new FieldError(path(mismatch), "must be " + expected(mismatch.getTargetType()));
    } else if (cause instanceof JsonProcessingException) {
      error = new FieldError("(body)", "is not valid JSON");
    } else {
      error = new FieldError("(body)", "is missing or unreadable");
    }
    return ResponseEntity.badRequest().body(invalid(List.of(error)));
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining(".")).replace(".[", "[");
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "of another type";
    }
    Map<Class<?>, String> names = Map.of(Integer.class, "a whole number", Boolean.class, "true or false",
        String.class, "a text", Long.class, "a whole number");
    return names.getOrDefault(type, type.isRecord() ? "an object" : "a " + type.getSimpleName());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
    String expected = e.getRequiredType() == YearMonth.class ? "a month such as 2013-03" : expected(e.getRequiredType());
    return invalid(List.of(new FieldError(e.getName(), "must be " + expected)));
  }

  /** Every refusal a feature declares (an {@link ApiProblemException}) answers as it says. */
  @ExceptionHandler(ApiProblemException.class)
  ProblemDetail refused(ApiProblemException e) {
    return e.problem();
  }

  @ExceptionHandler(AuthorizationException.class)
  ProblemDetail unauthorized(AuthorizationException e) {
    log.info("Refused by the engine's authorizations: {}", e.getMessage());
    return problem(HttpStatus.FORBIDDEN, "Forbidden", "Your role may not do this.");
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    if (DatabaseUnavailable.isCause(e)) {
      log.warn("API request refused, the database is unavailable: {}", e.getMessage());
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
          .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS))
          .body(DatabaseUnavailable.problem());
    }
    log.error("Unexpected error in the API", e);
    return ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
        "The request could not be completed; nothing was changed. The error is logged."));
  }
}
