package org.rehabpath.referral;

/** The referrer already sent this reference: the case it opened is named, no second case is opened. */
public class DuplicateReferralException extends RuntimeException {
  private final String caseReference;

  public DuplicateReferralException(String caseReference) {
    super("This referral was already received: it opened case " + caseReference + ".");
    this.caseReference = caseReference;
  }

  public String caseReference() {
    return caseReference;
  }
}
