package org.rehabpath.engine;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.rehabpath.web.MessageText;
import org.springframework.context.MessageSource;

/**
 * The refusal of one form field by a check of the project's: the engine's own form-field exception,
 * which the engine REST API and Tasklist show as a 400 naming the field, and the task stays open.
 * Features throw it from here, so that only this module names Camunda's internal classes.
 *
 * <p>A refusal made of a {@link MessageText} is answered on the engine REST API's doors in the
 * language of the request ({@link FieldRefusalResponses}); its exception message, the log and the
 * project's API keep the English. A refusal made of a plain message is English everywhere.
 */
public final class FieldRefusal {

  private FieldRefusal() {}

  /** The refusal of a field somewhere in the error's causes (the first ten), or null. */
  public static FormFieldValidationException find(Throwable error) {
    Throwable cause = error;
    for (int depth = 0; cause != null && depth < 10; depth++, cause = cause.getCause()) {
      if (cause instanceof FormFieldValidationException refusal) {
        return refusal;
      }
    }
    return null;
  }

  /** A refusal of the field (its variable name) with a message the user can act on, in English only. */
  public static RuntimeException of(String field, String message) {
    return new FormFieldValidationException(field, message);
  }

  /** A refusal of the field (its variable name) with a text staff read in their own language. */
  public static RuntimeException of(String field, MessageText text) {
    return new Translated(field, List.of(new Part(text, "")));
  }

  /**
   * Problems of several fields found together, as one refusal of the first field: the texts joined
   * with "; ", the ending (".") after the last.
   */
  public static RuntimeException of(String firstField, List<MessageText> texts, String ending) {
    List<Part> parts = new java.util.ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      parts.add(new Part(texts.get(i), i == texts.size() - 1 ? ending : ""));
    }
    return new Translated(firstField, parts);
  }

  /** Refusals of several fields as one, the first field named: "'A' is required (a); 'B' ... (b)". */
  static RuntimeException of(String firstField, List<Part> parts) {
    return new Translated(firstField, parts);
  }

  /** The refusal's message in the language given: its translation, or its English message. */
  static String message(FormFieldValidationException refusal, MessageSource messages, Locale locale) {
    if (refusal instanceof Translated translated) {
      return translated.parts.stream().map(part -> part.text().in(messages, locale) + part.suffix())
          .collect(Collectors.joining("; "));
    }
    return refusal.getMessage();
  }

  /** One text of a refusal, and what follows it untranslated (" (weeklyHours)"). */
  record Part(MessageText text, String suffix) {}

  /** The engine's exception, its message in English, that knows the texts it was made of. */
  static final class Translated extends FormFieldValidationException {
    private final transient List<Part> parts;

    Translated(String field, List<Part> parts) {
      super(field, parts.stream().map(part -> part.text().english() + part.suffix()).collect(Collectors.joining("; ")));
      this.parts = List.copyOf(parts);
    }
  }
}
