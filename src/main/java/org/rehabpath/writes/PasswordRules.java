package org.rehabpath.writes;

import java.util.Map;

/** The rules of Camunda's password policy, as a person reads them. */
final class PasswordRules {

  private static final Map<String, String> WORDS = Map.of(
      "PASSWORD_POLICY_LENGTH", "at least 10 characters",
      "PASSWORD_POLICY_LOWERCASE", "a lower-case letter",
      "PASSWORD_POLICY_UPPERCASE", "an upper-case letter",
      "PASSWORD_POLICY_DIGIT", "a digit",
      "PASSWORD_POLICY_SPECIAL", "a special character",
      "PASSWORD_POLICY_USER_DATA", "none of the user's own name, id or e-mail");

  private PasswordRules() {}

  static String describe(String placeholder) {
    return WORDS.getOrDefault(placeholder, placeholder);
  }
}
