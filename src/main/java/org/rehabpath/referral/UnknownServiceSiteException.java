package org.rehabpath.referral;

/** A referral names a service site the programme does not have. */
public class UnknownServiceSiteException extends RuntimeException {
  public UnknownServiceSiteException(String site) {
    super("There is no service site '" + site + "'.");
  }
}
