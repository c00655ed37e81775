package org.rehabpath.steps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.rehabpath.security.CurrentUser;
import org.rehabpath.security.Groups;
import org.rehabpath.steps.StepLadder.Step;
import org.rehabpath.web.ApiProblemHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

/**
 * The programme's step ladder as a programme manager configures it. The ladder in force is read
 * from the database each time it is needed (reviews, exits, forms, reports): there is one place for it.
 */
@Service
public class StepLadders {

  /** Who may change the ladder. Every authenticated user may read it. */
  static final List<String> MANAGERS = List.of(Groups.PROGRAMME_MANAGERS);

  static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
  static final int MAX_CODE_LENGTH = 64;
  static final int MAX_LABEL_LENGTH = 200;

  /** One step of a new ladder; {@code order}, when given, must be its place in the list (1 for the first). */
  public record StepRequest(String code, String label, Integer order, Boolean closerToLabourMarket) {}

  /** The whole ladder, lowest step first. */
  public record LadderRequest(List<StepRequest> steps) {}

  private final StepLadderRepository repository;
  private final StepRecords records;
  private final CurrentUser currentUser;

  StepLadders(StepLadderRepository repository, StepRecords records, CurrentUser currentUser) {
    this.repository = repository;
    this.records = records;
    this.currentUser = currentUser;
  }

  /** The ladder in force. */
  public StepLadder current() {
    return new StepLadder(repository.load());
  }

  /** The ladder as the current user may read it (any authenticated user). */
  public StepLadder read() {
    currentUser.id();
    return current();
  }

  /**
   * Replaces the whole ladder.
   *
   * @throws CurrentUser.AccessRefusedException not a programme manager (403)
   * @throws InvalidLadderException the request breaks a rule (400, naming each field)
   * @throws StepInUseException a step left out is recorded for some case (409)
   */
  @Transactional
  public StepLadder replace(LadderRequest request) {
    currentUser.requireAnyGroup(MANAGERS, "change the step ladder");
    List<Step> steps = validate(request);
    List<String> removed = new ArrayList<>(current().codes());
    removed.removeAll(steps.stream().map(Step::code).toList());
    List<String> inUse = records.inUse(removed);
    if (!inUse.isEmpty()) {
      throw new StepInUseException(removed.stream().filter(inUse::contains).toList());
    }
    repository.replace(steps);
    return current();
  }

  static List<Step> validate(LadderRequest request) {
    Map<String, String> errors = new LinkedHashMap<>();
    List<StepRequest> requested = request == null ? null : request.steps();
    if (requested == null || requested.size() < 2) {
      errors.put("steps", "must list at least 2 steps, lowest first");
      throw new InvalidLadderException(errors);
    }
    Map<String, Integer> firstIndex = new HashMap<>();
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < requested.size(); i++) {
      StepRequest step = requested.get(i);
      String at = "steps[" + i + "]";
      if (step == null) {
        errors.put(at, "must be a step");
        continue;
      }
      String code = step.code();
      if (code == null || !CODE.matcher(code).matches()) {
        errors.put(at + ".code", "must match " + CODE.pattern() + " (capital letters, digits, underscores)");
      } else if (code.length() > MAX_CODE_LENGTH) {
        errors.put(at + ".code", "must be at most " + MAX_CODE_LENGTH + " characters");
      } else if (firstIndex.containsKey(code)) {
        errors.put(at + ".code", "'" + code + "' is already steps[" + firstIndex.get(code) + "]: codes must be unique");
      } else {
        firstIndex.put(code, i);
      }
      if (step.label() == null || step.label().isBlank()) {
        errors.put(at + ".label", "must not be blank");
      } else if (step.label().strip().length() > MAX_LABEL_LENGTH) {
        errors.put(at + ".label", "must be at most " + MAX_LABEL_LENGTH + " characters");
      }
      if (step.order() != null && step.order() != i + 1) {
        errors.put(at + ".order", "must be " + (i + 1) + ", its place in the list (or be left out)");
      }
      if (step.closerToLabourMarket() == null) {
        errors.put(at + ".closerToLabourMarket", "must be true or false");
      }
      if (step.label() != null && step.closerToLabourMarket() != null) {
        steps.add(new Step(code, step.label().strip(), step.closerToLabourMarket()));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidLadderException(errors);
    }
    return steps;
  }

  /** The new ladder breaks a rule (400, naming each field as the project's API does). */
  public static class InvalidLadderException extends ErrorResponseException {
    public InvalidLadderException(Map<String, String> errors) {
      super(HttpStatus.BAD_REQUEST, problem(errors), null);
    }

    private static ProblemDetail problem(Map<String, String> errors) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
          String.join("; ", errors.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList()));
      problem.setTitle("Invalid request");
      problem.setProperty("errors", errors.entrySet().stream()
          .map(e -> new ApiProblemHandler.FieldError(e.getKey(), e.getValue())).toList());
      return problem;
    }
  }

  /** A step left out of the new ladder is recorded for some case (409, naming the steps). */
  public static class StepInUseException extends ErrorResponseException {
    public StepInUseException(List<String> steps) {
      super(HttpStatus.CONFLICT, problem(steps), null);
    }

    private static ProblemDetail problem(List<String> steps) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
          "Steps recorded for some case cannot be removed from the ladder: " + String.join(", ", steps)
              + ". Rename their labels or move them instead.");
      problem.setTitle("Step in use");
      problem.setProperty("steps", steps);
      return problem;
    }
  }
}
