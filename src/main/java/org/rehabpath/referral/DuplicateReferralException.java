package org.rehabpath.referral;

import org.rehabpath.web.ApiProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The referrer already sent this reference: no second case is opened. The case it opened is named
 * when the user works at its service site; to anyone else the answer says only that another site
 * holds it.
 */
public class DuplicateReferralException extends ApiProblemException {
  private final String caseReference;

  public DuplicateReferralException(String caseReference) {
    super(caseReference == null
        ? "This referral was already received by another service site; ask the referring service which one."
        : "This referral was already received: it opened case " + caseReference + ".");
    this.caseReference = caseReference;
  }

  @Override
  public ProblemDetail problem() {
    ProblemDetail problem = problem(HttpStatus.CONFLICT, "Referral already received");
    if (caseReference != null) {
      problem.setProperty("caseReference", caseReference);
    }
    return problem;
  }

  /** The existing case, or null when it belongs to another service site. */
  public String caseReference() {
    return caseReference;
  }
}
