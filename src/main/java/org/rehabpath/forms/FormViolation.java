package org.rehabpath.forms;

import org.rehabpath.web.MessageText;

/**
 * One field of a Camunda Form whose submitted value breaks the form's own rules.
 *
 * @param text what is wrong, by its key in the refusals' bundle: in English as {@link #message()}, in
 *     the language of the request where a person reads it
 */
public record FormViolation(String fieldKey, String label, MessageText text) {

  /** What is wrong, in English: "'Weekly hours' must be at most 40". */
  public String message() {
    return text.english();
  }
}
