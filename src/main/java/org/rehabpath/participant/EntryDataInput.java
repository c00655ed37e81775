package org.rehabpath.participant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.rehabpath.participant.EntryData.EducationLevel;
import org.rehabpath.participant.EntryData.Gender;
import org.rehabpath.participant.EntryData.LabourMarketStatus;
import org.rehabpath.participant.EntryData.SensitiveAnswer;
import org.rehabpath.web.MessageText;

/**
 * The ESF+ entry data as a form sends them (the intake's "Check consent and eligibility"), read and
 * checked field by field. A field left empty is {@code null}: the record keeps what it has. The names
 * are those of the referral API's {@code participant} object.
 */
public record EntryDataInput(
    Integer birthYear,
    Gender gender,
    EducationLevel educationLevel,
    LabourMarketStatus labourMarketStatus,
    Boolean thirdCountryNational,
    Boolean foreignBackground,
    Boolean homelessOrHousingExcluded,
    Boolean ruralArea,
    SensitiveAnswer disability,
    SensitiveAnswer minority) {

  public static final String BIRTH_YEAR = "birthYear";
  public static final String GENDER = "gender";
  public static final String EDUCATION_LEVEL = "educationLevel";
  public static final String LABOUR_MARKET_STATUS = "labourMarketStatus";
  public static final String THIRD_COUNTRY_NATIONAL = "thirdCountryNational";
  public static final String FOREIGN_BACKGROUND = "foreignBackground";
  public static final String HOMELESS_OR_HOUSING_EXCLUDED = "homelessOrHousingExcluded";
  public static final String RURAL_AREA = "ruralArea";
  public static final String DISABILITY = "disability";
  public static final String MINORITY = "minority";

  /** Every field, in the order of the form. */
  public static final List<String> FIELDS = List.of(BIRTH_YEAR, GENDER, EDUCATION_LEVEL, LABOUR_MARKET_STATUS,
      THIRD_COUNTRY_NATIONAL, FOREIGN_BACKGROUND, HOMELESS_OR_HOUSING_EXCLUDED, RURAL_AREA, DISABILITY, MINORITY);

  /** The fields a participant record cannot be without. */
  public static final List<String> REQUIRED = List.of(BIRTH_YEAR, GENDER, EDUCATION_LEVEL, LABOUR_MARKET_STATUS);

  /** The labels of the form, for messages a social worker understands. */
  public static final Map<String, String> LABELS = Map.of(
      BIRTH_YEAR, "Birth year",
      GENDER, "Gender",
      EDUCATION_LEVEL, "Highest education completed",
      LABOUR_MARKET_STATUS, "Labour-market status at entry",
      THIRD_COUNTRY_NATIONAL, "Third-country national",
      FOREIGN_BACKGROUND, "Foreign background",
      HOMELESS_OR_HOUSING_EXCLUDED, "Homeless or excluded from housing",
      RURAL_AREA, "Lives in a rural area",
      DISABILITY, "Disability",
      MINORITY, "Minority");

  /** A field that cannot be read: its variable name and the text naming its label. */
  public record Problem(String field, MessageText text) {
    /** The problem in English (the referral API). */
    public String message() {
      return text.english();
    }
  }

  /** The form's label of a field and its variable name, "'Birth year' (birthYear)", in the reader's language. */
  public static MessageText labelled(String field) {
    return MessageText.of("entryData.labelled", MessageText.of("entryData.label." + field), field);
  }

  /** The data read, or the problems found (then {@code data} is null). */
  public record Read(EntryDataInput data, List<Problem> problems) {
    public boolean valid() {
      return problems.isEmpty();
    }
  }

  /**
   * Reads the fields from form variables; {@code entryYear} is the year the birth year is checked
   * against (15 to 100 years old, as at the referral).
   */
  public static Read read(Function<String, Object> variables, int entryYear) {
    List<Problem> problems = new ArrayList<>();
    Integer birthYear = birthYear(variables.apply(BIRTH_YEAR), entryYear, problems);
    var data = new EntryDataInput(
        birthYear,
        choice(variables, GENDER, Gender.class, problems),
        choice(variables, EDUCATION_LEVEL, EducationLevel.class, problems),
        choice(variables, LABOUR_MARKET_STATUS, LabourMarketStatus.class, problems),
        yesNo(variables, THIRD_COUNTRY_NATIONAL, problems),
        yesNo(variables, FOREIGN_BACKGROUND, problems),
        yesNo(variables, HOMELESS_OR_HOUSING_EXCLUDED, problems),
        yesNo(variables, RURAL_AREA, problems),
        choice(variables, DISABILITY, SensitiveAnswer.class, problems),
        choice(variables, MINORITY, SensitiveAnswer.class, problems));
    return new Read(problems.isEmpty() ? data : null, List.copyOf(problems));
  }

  /** The form's values for a record: booleans as YES/NO, enums by name, nulls where unknown. */
  public static Map<String, Object> formValues(Participant p) {
    var values = new java.util.LinkedHashMap<String, Object>();
    values.put(BIRTH_YEAR, p.birthYear());
    values.put(GENDER, name(p.gender()));
    values.put(EDUCATION_LEVEL, name(p.educationLevel()));
    values.put(LABOUR_MARKET_STATUS, name(p.labourMarketStatus()));
    values.put(THIRD_COUNTRY_NATIONAL, yesNo(p.thirdCountryNational()));
    values.put(FOREIGN_BACKGROUND, yesNo(p.foreignBackground()));
    values.put(HOMELESS_OR_HOUSING_EXCLUDED, yesNo(p.homelessOrHousingExcluded()));
    values.put(RURAL_AREA, yesNo(p.ruralArea()));
    values.put(DISABILITY, name(p.disability()));
    values.put(MINORITY, name(p.minority()));
    return values;
  }

  /** The record with every field given here replacing the record's value. */
  public Participant applyTo(Participant p) {
    EntryDataInput old = p.entryData();
    return p.withEntryData(new EntryDataInput(or(birthYear, old.birthYear()), or(gender, old.gender()),
        or(educationLevel, old.educationLevel()), or(labourMarketStatus, old.labourMarketStatus()),
        or(thirdCountryNational, old.thirdCountryNational()), or(foreignBackground, old.foreignBackground()),
        or(homelessOrHousingExcluded, old.homelessOrHousingExcluded()), or(ruralArea, old.ruralArea()),
        or(disability, old.disability()), or(minority, old.minority())));
  }

  /** The required fields this input leaves empty. */
  public List<String> missingRequired() {
    List<String> missing = new ArrayList<>();
    if (birthYear == null) {
      missing.add(BIRTH_YEAR);
    }
    if (gender == null) {
      missing.add(GENDER);
    }
    if (educationLevel == null) {
      missing.add(EDUCATION_LEVEL);
    }
    if (labourMarketStatus == null) {
      missing.add(LABOUR_MARKET_STATUS);
    }
    return missing;
  }

  private static <T> T or(T given, T kept) {
    return given != null ? given : kept;
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  private static String yesNo(Boolean value) {
    return value == null ? null : value ? "YES" : "NO";
  }

  private static boolean empty(Object value) {
    return value == null || value instanceof String s && s.isBlank();
  }


  private static Integer birthYear(Object value, int entryYear, List<Problem> problems) {
    if (empty(value)) {
      return null;
    }
    Integer year = null;
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      year = ((Number) value).intValue();
    } else if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      year = (int) n.doubleValue();
    } else if (value instanceof String s && s.strip().matches("\\d{4}")) {
      year = Integer.valueOf(s.strip());
    }
    if (year == null || entryYear - year < 15 || entryYear - year > 100) {
      problems.add(new Problem(BIRTH_YEAR, MessageText.of("entryData.birthYear.invalid", labelled(BIRTH_YEAR))));
      return null;
    }
    return year;
  }

  private static <E extends Enum<E>> E choice(Function<String, Object> variables, String field, Class<E> type,
      List<Problem> problems) {
    Object value = variables.apply(field);
    if (empty(value)) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value.toString().strip())) {
        return constant;
      }
    }
    problems.add(new Problem(field, MessageText.of("entryData.choice.invalid", labelled(field),
        java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
    return null;
  }

  private static Boolean yesNo(Function<String, Object> variables, String field, List<Problem> problems) {
    Object value = variables.apply(field);
    if (empty(value)) {
      return null;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    switch (value.toString().strip()) {
      case "YES", "true":
        return true;
      case "NO", "false":
        return false;
      default:
        problems.add(new Problem(field, MessageText.of("entryData.yesNo.invalid", labelled(field))));
        return null;
    }
  }
}
