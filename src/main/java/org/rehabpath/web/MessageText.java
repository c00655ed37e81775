package org.rehabpath.web;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;

/**
 * A text for staff by its key in the refusals' bundle ({@code src/main/resources/i18n/refusals*.properties})
 * and its arguments: English where no language is asked for (the exception's message, the log, the
 * API under {@code /api}), or in the language of the request ({@link StaffLanguages}) where it is
 * shown to a person. Arguments are kept as text: a year stays 2015, not "2,015"; an argument that is
 * itself a {@code MessageText} (a field's label) is said in the same language as the text around it;
 * a date is written as each language writes it: 2027-11-01 in English and Swedish, 01/11/2027 in
 * Italian, 1.11.2027 in Finnish.
 */
public record MessageText(String key, List<Object> args) {

  /** The bundle of refusals; its English (the file without a suffix) is read without Spring. */
  public static final String REFUSALS = "i18n/refusals";

  public MessageText {
    args = List.copyOf(args);
  }

  private static final java.util.Map<String, java.time.format.DateTimeFormatter> DATES = java.util.Map.of(
      "it", java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"),
      "fi", java.time.format.DateTimeFormatter.ofPattern("d.M.yyyy"));

  public static MessageText of(String key, Object... args) {
    return new MessageText(key, Arrays.stream(args)
        .map(arg -> arg instanceof MessageText || arg instanceof java.time.LocalDate ? arg : String.valueOf(arg)).toList());
  }

  /** The English text (the bundle's base file, never the server's locale). */
  public String english() {
    ResourceBundle bundle = ResourceBundle.getBundle(REFUSALS, Locale.ROOT,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    Object[] english = args.stream().map(arg -> arg instanceof MessageText text ? text.english() : String.valueOf(arg)).toArray();
    return new MessageFormat(bundle.getString(key), Locale.ENGLISH).format(english);
  }

  /** The text in the language given, English when the language lacks it. */
  public String in(MessageSource messages, Locale locale) {
    try {
      Object[] inLanguage =
          args.stream().map(arg -> arg instanceof MessageText text ? text.in(messages, locale)
              : arg instanceof java.time.LocalDate date
                  ? date.format(DATES.getOrDefault(locale.getLanguage(), java.time.format.DateTimeFormatter.ISO_LOCAL_DATE))
                  : arg).toArray();
      return messages.getMessage(key, inLanguage, locale);
    } catch (NoSuchMessageException missing) {
      return english();
    }
  }
}
