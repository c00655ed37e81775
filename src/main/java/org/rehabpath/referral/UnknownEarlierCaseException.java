package org.rehabpath.referral;

import org.rehabpath.web.ApiProblemException;
import org.springframework.http.ProblemDetail;

/** 400: a re-entry names an earlier case that is not one of the user's service sites (or none at all). */
public class UnknownEarlierCaseException extends ApiProblemException {

  public UnknownEarlierCaseException(String caseReference) {
    super("There is no case " + caseReference + " at your service sites to re-enter from.");
  }

  @Override
  public ProblemDetail problem() {
    return invalidField("reEntryOf");
  }
}
