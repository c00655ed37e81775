package org.rehabpath.web;

import java.time.YearMonth;
import org.springframework.http.ProblemDetail;

/** A period of months the API cannot answer for (payments, the ESF+ report, the dashboard); 400 naming {@code from}. */
public class InvalidPeriodException extends ApiProblemException {

  public InvalidPeriodException(String message) {
    super(message);
  }

  @Override
  public ProblemDetail problem() {
    return invalidField("from");
  }

  /** Refuses a period whose first month comes after its last. */
  public static void requireOrdered(YearMonth from, YearMonth to) {
    if (from.isAfter(to)) {
      throw new InvalidPeriodException("'from' (" + from + ") is after 'to' (" + to + ")");
    }
  }
}
