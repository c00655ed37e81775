package org.rehabpath.security;

import org.rehabpath.web.ApiProblemException;
import org.springframework.http.ProblemDetail;

/** A referral names a service site the programme does not have. */
public class UnknownServiceSiteException extends ApiProblemException {
  public UnknownServiceSiteException(String site) {
    super("There is no service site '" + site + "'.");
  }

  @Override
  public ProblemDetail problem() {
    return invalidField("serviceSite");
  }
}
