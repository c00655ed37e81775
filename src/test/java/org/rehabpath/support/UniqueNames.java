package org.rehabpath.support;

import java.util.UUID;

/** Names that no other test of the run uses, in letters only, so that every name rule takes them. */
public final class UniqueNames {

  private UniqueNames() {}

  /**
   * {@code prefix} and ten random letters. Each hex digit of a random UUID becomes one of the
   * letters a to p, so all 16^10 suffixes are equally likely (replacing only the digits by one
   * letter made a few of them common enough to repeat within a run).
   */
  public static String withLetters(String prefix) {
    StringBuilder name = new StringBuilder(prefix);
    UUID.randomUUID().toString().replace("-", "").chars().limit(10)
        .forEach(hex -> name.append((char) ('a' + Character.digit(hex, 16))));
    return name.toString();
  }
}
