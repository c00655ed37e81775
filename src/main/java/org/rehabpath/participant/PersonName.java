package org.rehabpath.participant;

import java.util.regex.Pattern;

/**
 * What a participant's first or last name may hold, on every door that takes one (the referral API,
 * Tasklist's start form, the engine REST API): letters of any script, spaces, hyphens, apostrophes
 * and dots, at most {@value #MAX_LENGTH} characters. Nothing a page, a spreadsheet or a query could
 * run: names are shown in task names, forms and exports.
 */
public final class PersonName {

  public static final String PATTERN = "[\\p{L}\\p{M}][\\p{L}\\p{M} .'\u2019-]*";
  public static final int MAX_LENGTH = 100;
  private static final Pattern COMPILED = Pattern.compile(PATTERN);

  private PersonName() {}

  public static boolean isValid(String name) {
    return name != null && name.strip().length() <= MAX_LENGTH && COMPILED.matcher(name.strip()).matches();
  }
}
