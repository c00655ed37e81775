package org.rehabpath.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of the project's API that answers with a participant's personal data: each answer
 * it gives successfully is recorded in the read log (who, when, which case, which kind), before the
 * answer leaves the server. A refusal (4xx) or an error is no read and is not recorded.
 *
 * <p>The case is the path variable {@code caseReference}; for an answer that covers many cases (the
 * payment ledger, say) set {@link #casesInAnswer()}: every element of the answer (or of a list in
 * it) with a {@code caseReference()} and {@code serviceSite()} counts as a read of that case, as
 * does each case reference in the {@code members()} of an element with a {@code serviceSite()} (a
 * group activity), and each row of a CSV answer under a {@code case_reference} or
 * {@code participant_reference} column.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadsPersonalData {

  PersonalData value();

  /** The cases are those the answer names, not the path's {@code caseReference}. */
  boolean casesInAnswer() default false;

  /** The read is of the clinical record: logged in the case's clinical tenant. */
  boolean clinical() default false;
}
