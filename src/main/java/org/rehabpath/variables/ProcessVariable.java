package org.rehabpath.variables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;

/**
 * One process variable: its name and its type, read and written through this object only, so that
 * the type is decided once, in the process's contract class, and not at each call site.
 *
 * <p>One rule for every reader: an absent or blank value reads as null; a value that cannot be read as
 * the type ({@link #get}) is an {@link IllegalStateException} naming the variable, because a model or
 * an administrator stored something the contract does not allow. Checks of submitted input, which
 * must answer a bad value with a field error instead, use {@link #parse}.
 *
 * <p>Values are stored as Camunda Forms send them: text, booleans, whole numbers as Long or Integer,
 * choices as their code (the enum's name), dates as ISO text ({@code 2027-01-04}), months as
 * {@code 2027-01}. Decimals are stored as Double, as a number form field sends them.
 */
public final class ProcessVariable<T> {

  private final String name;
  private final Class<T> type;
  private final Function<Object, T> reader;
  private final Function<T, Object> writer;

  private ProcessVariable(String name, Class<T> type, Function<Object, T> reader, Function<T, Object> writer) {
    this.name = Objects.requireNonNull(name);
    this.type = type;
    this.reader = reader;
    this.writer = writer;
  }

  public static ProcessVariable<String> text(String name) {
    return new ProcessVariable<>(name, String.class, Object::toString, value -> value);
  }

  public static ProcessVariable<Boolean> flag(String name) {
    return new ProcessVariable<>(name, Boolean.class, value -> {
      if (value instanceof Boolean flag) {
        return flag;
      }
      String text = value.toString().trim();
      if (text.equals("true") || text.equals("false")) {
        return Boolean.valueOf(text);
      }
      throw new IllegalArgumentException();
    }, value -> value);
  }

  /** A whole number: an Integer, Long, a whole Double or numeric text. Stored as Integer. */
  public static ProcessVariable<Integer> wholeNumber(String name) {
    return new ProcessVariable<>(name, Integer.class, value -> decimalOf(value).intValueExact(), value -> value);
  }

  /** A whole number stored as Long (ids of the project's own tables). */
  public static ProcessVariable<Long> id(String name) {
    return new ProcessVariable<>(name, Long.class, value -> decimalOf(value).longValueExact(), value -> value);
  }

  /** The id of a row chosen in a form's select, which sends it as text: stored as text, read as a Long. */
  public static ProcessVariable<Long> selectedId(String name) {
    return new ProcessVariable<>(name, Long.class, value -> decimalOf(value).longValueExact(), String::valueOf);
  }

  /** A number with decimals (hours, amounts): any number or numeric text. Stored as Double. */
  public static ProcessVariable<BigDecimal> decimal(String name) {
    return new ProcessVariable<>(name, BigDecimal.class, ProcessVariable::decimalOf,
        value -> value == null ? null : value.doubleValue());
  }

  /** One of a fixed list of codes, stored as the code. */
  public static <E extends Enum<E>> ProcessVariable<E> choice(String name, Class<E> type) {
    return new ProcessVariable<>(name, type, value -> Enum.valueOf(type, value.toString().trim()), Enum::name);
  }

  /** A day: a Date, a LocalDate or ISO text (a date form field sends yyyy-MM-dd). Stored as ISO text. */
  public static ProcessVariable<LocalDate> date(String name) {
    return new ProcessVariable<>(name, LocalDate.class, value -> {
      if (value instanceof Date date) {
        return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
      }
      if (value instanceof LocalDate date) {
        return date;
      }
      String text = value.toString().strip();
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    }, LocalDate::toString);
  }

  /** A moment on the engine's clock, stored as a date with its time. */
  public static ProcessVariable<Date> moment(String name) {
    return new ProcessVariable<>(name, Date.class, value -> (Date) value, value -> value);
  }

  /** A calendar month, stored as {@code yyyy-MM}. */
  public static ProcessVariable<YearMonth> month(String name) {
    return new ProcessVariable<>(name, YearMonth.class, value -> YearMonth.parse(value.toString().trim()),
        YearMonth::toString);
  }

  /**
   * A list of codes, from a Java collection or a JSON array (what Camunda Forms' checklist and taglist
   * send). An absent list reads as empty.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static ProcessVariable<List<String>> codes(String name) {
    return new ProcessVariable<>(name, (Class) List.class, value -> {
      List<String> codes = new ArrayList<>();
      if (value instanceof Collection<?> collection) {
        collection.forEach(code -> codes.add(String.valueOf(code)));
      } else if (value instanceof SpinJsonNode json && json.isArray()) {
        json.elements().forEach(code -> codes.add(code.isString() ? code.stringValue() : code.toString()));
      } else {
        throw new IllegalArgumentException();
      }
      return codes;
    }, value -> value);
  }

  /** A value the project does not read itself (form options, JSON), only hands on. */
  public static ProcessVariable<Object> value(String name) {
    return new ProcessVariable<>(name, Object.class, value -> value, value -> value);
  }

  /** The names of the variables, in order. */
  public static List<String> names(ProcessVariable<?>... variables) {
    return java.util.Arrays.stream(variables).map(ProcessVariable::name).toList();
  }

  public String name() {
    return name;
  }

  public Class<T> type() {
    return type;
  }

  /** The value, or null when the variable is absent or blank. */
  public T get(VariableScope scope) {
    return read(scope.getVariable(name));
  }

  /** The value as the type, or empty when it is absent, blank or not of the type: for checks of input. */
  public Optional<T> parse(Object raw) {
    if (isAbsent(raw)) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(reader.apply(raw));
    } catch (RuntimeException notOfTheType) {
      return Optional.empty();
    }
  }

  /** The value as it was submitted or stored, not read as the type: for checks that refuse a bad one. */
  public Object submitted(VariableScope scope) {
    return scope.getVariable(name);
  }

  /** The scope's value as the type, or empty when it is absent, blank or not of the type: for checks. */
  public Optional<T> find(VariableScope scope) {
    return parse(scope.getVariable(name));
  }

  /** Whether a present value cannot be read as the type. */
  public boolean isUnreadable(Object raw) {
    return !isAbsent(raw) && parse(raw).isEmpty();
  }

  public void set(VariableScope scope, T value) {
    scope.setVariable(name, stored(value));
  }

  /** Puts the value into a map of variables, as it would be stored. */
  public void put(Map<String, Object> variables, T value) {
    variables.put(name, stored(value));
  }

  /** The value as it is stored in the engine. */
  private Object stored(T value) {
    return value == null ? null : writer.apply(value);
  }

  private T read(Object raw) {
    if (isAbsent(raw)) {
      return null;
    }
    try {
      return reader.apply(raw);
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "The variable " + name + " holds '" + raw + "', which is not a " + type.getSimpleName(), e);
    }
  }

  private static boolean isAbsent(Object raw) {
    return raw == null || (raw instanceof String text && text.isBlank());
  }

  private static BigDecimal decimalOf(Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof Number number) {
      return BigDecimal.valueOf(number.doubleValue());
    }
    return new BigDecimal(value.toString().trim());
  }

  @Override
  public String toString() {
    return name + " (" + type.getSimpleName() + ")";
  }
}
