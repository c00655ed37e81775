package org.rehabpath.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

/** One test per rule of {@link CamundaFormValidator}, without an engine. */
class CamundaFormValidatorTest {

  private final CamundaFormValidator validator = new CamundaFormValidator();

  @Test
  void requiredFieldWithoutValueIsReported() {
    JsonNode form = form("""
        {"type": "number", "key": "workCapacity", "label": "Work capacity (0-4)", "validate": {"required": true}}""");

    assertThat(validate(form, Map.of())).extracting(FormViolation::message)
        .containsExactly("'Work capacity (0-4)' is required");
    assertThat(validate(form, Map.of("workCapacity", 2))).isEmpty();
  }

  @Test
  void emptyTextAndEmptyListCountAsMissing() {
    JsonNode form = form("""
        {"type": "textarea", "key": "notes", "label": "Notes", "validate": {"required": true}},
        {"type": "checklist", "key": "measures", "label": "Measures", "validate": {"required": true},
         "values": [{"label": "A", "value": "A"}]}""");

    assertThat(validate(form, Map.of("notes", "", "measures", List.of())))
        .extracting(FormViolation::fieldKey).containsExactly("notes", "measures");
  }

  @Test
  void requiredCheckboxMustBeTicked() {
    JsonNode form = form("""
        {"type": "checkbox", "key": "agreed", "label": "Agreed with the participant", "validate": {"required": true}}""");

    assertThat(validate(form, Map.of("agreed", false))).extracting(FormViolation::message)
        .containsExactly("'Agreed with the participant' is required");
    assertThat(validate(form, Map.of("agreed", true))).isEmpty();
  }

  /**
   * A field shown only in some cases: the browser sends nothing while it is hidden, so its absence is
   * not refused here (the phase's own check knows when it is required); a value sent is checked.
   */
  @Test
  void aFieldShownOnlyInSomeCasesIsCheckedWhenSent() {
    JsonNode form = form("""
        {"type": "textarea", "key": "ineligibilityReason", "label": "Why not eligible",
         "validate": {"required": true, "maxLength": 10}, "conditional": {"hide": "=eligible != false"}}""");

    assertThat(validate(form, Map.of())).isEmpty();
    assertThat(validate(form, Map.of("ineligibilityReason", "Far too long a reason"))).extracting(FormViolation::message)
        .containsExactly("'Why not eligible' must have at most 10 characters");
  }

  @Test
  void optionalFieldMayBeMissing() {
    JsonNode form = form("""
        {"type": "number", "key": "weeklyHours", "label": "Weekly hours", "validate": {"min": 1, "max": 40}}""");

    assertThat(validate(form, Map.of())).isEmpty();
  }

  @Test
  void numberBelowMinimumIsReported() {
    JsonNode form = form("""
        {"type": "number", "key": "weeklyHours", "label": "Weekly hours", "validate": {"min": 1, "max": 40}}""");

    assertThat(validate(form, Map.of("weeklyHours", 0))).extracting(FormViolation::message)
        .containsExactly("'Weekly hours' must be at least 1");
  }

  @Test
  void numberAboveMaximumIsReported() {
    JsonNode form = form("""
        {"type": "number", "key": "weeklyHours", "label": "Weekly hours", "validate": {"min": 1, "max": 40}}""");

    assertThat(validate(form, Map.of("weeklyHours", 41))).extracting(FormViolation::message)
        .containsExactly("'Weekly hours' must be at most 40");
    assertThat(validate(form, Map.of("weeklyHours", 40.0))).isEmpty();
    assertThat(validate(form, Map.of("weeklyHours", 40.5d))).hasSize(1);
  }

  @Test
  void numberFieldMustHoldANumber() {
    JsonNode form = form("""
        {"type": "number", "key": "weeklyHours", "label": "Weekly hours"},
        {"type": "number", "key": "grant", "label": "Grant", "serializeToString": true, "validate": {"max": 100}}""");

    assertThat(validate(form, Map.of("weeklyHours", "twenty", "grant", "99.5"))).extracting(FormViolation::message)
        .containsExactly("'Weekly hours' must be a number");
    assertThat(validate(form, Map.of("grant", "100.5"))).extracting(FormViolation::message)
        .containsExactly("'Grant' must be at most 100");
  }

  @Test
  void textShorterThanMinLengthIsReported() {
    JsonNode form = form("""
        {"type": "textfield", "key": "reason", "label": "Reason", "validate": {"minLength": 5}}""");

    assertThat(validate(form, Map.of("reason", "abc"))).extracting(FormViolation::message)
        .containsExactly("'Reason' must have at least 5 characters");
    assertThat(validate(form, Map.of("reason", "abcde"))).isEmpty();
  }

  @Test
  void textLongerThanMaxLengthIsReported() {
    JsonNode form = form("""
        {"type": "textarea", "key": "notes", "label": "Notes", "validate": {"maxLength": 3}}""");

    assertThat(validate(form, Map.of("notes", "abcd"))).extracting(FormViolation::message)
        .containsExactly("'Notes' must have at most 3 characters");
  }

  @Test
  void textNotMatchingThePatternIsReported() {
    JsonNode form = form("""
        {"type": "textfield", "key": "decision", "label": "Payment decision number", "validate": {"pattern": "^[0-9]{4}-[0-9]+$"}}""");

    assertThat(validate(form, Map.of("decision", "12-x"))).extracting(FormViolation::message)
        .containsExactly("'Payment decision number' does not have the expected format");
    assertThat(validate(form, Map.of("decision", "2024-17"))).isEmpty();
  }

  @Test
  void selectValueMustBeListed() {
    JsonNode form = form("""
        {"type": "select", "key": "supportNeed", "label": "Support need",
         "values": [{"label": "Low", "value": "LOW"}, {"label": "High", "value": "HIGH"}]}""");

    assertThat(validate(form, Map.of("supportNeed", "MEDIUM"))).extracting(FormViolation::message)
        .containsExactly("'Support need' must be one of LOW, HIGH, not MEDIUM");
    assertThat(validate(form, Map.of("supportNeed", "HIGH"))).isEmpty();
  }

  @Test
  void radioValueMustBeListed() {
    JsonNode form = form("""
        {"type": "radio", "key": "network", "label": "Social network",
         "values": [{"label": "None", "value": "NONE"}, {"label": "Strong", "value": "STRONG"}]}""");

    assertThat(validate(form, Map.of("network", "WEAK"))).extracting(FormViolation::fieldKey)
        .containsExactly("network");
  }

  @Test
  void choiceFromAValuesKeyIsNotChecked() {
    JsonNode form = form("""
        {"type": "select", "key": "site", "label": "Internship site", "valuesKey": "availableSites"}""");

    assertThat(validate(form, Map.of("site", "anything"))).isEmpty();
  }

  @Test
  void choiceFromAValuesKeyMustBeOneOfTheOptionsTheCaseOffers() {
    JsonNode form = form("""
        {"type": "select", "key": "site", "label": "Internship site", "valuesKey": "availableSites"}""");
    List<Map<String, String>> offered = List.of(Map.of("label", "Kooperativet Dalhemmet", "value", "site-1"),
        Map.of("label", "Bageriet", "value", "site-2"));

    assertThat(validate(form, Map.of("site", "site-2", "availableSites", offered))).isEmpty();
    assertThat(validate(form, Map.of("site", "site-9", "availableSites", offered)))
        .extracting(FormViolation::message).containsExactly("'Internship site' must be one of site-1, site-2, not site-9");
    assertThat(validate(form, Map.of("site", "site-9", "availableSites", Spin.JSON("[{\"label\": \"A\", \"value\": \"site-1\"}]"))))
        .hasSize(1);
  }

  @Test
  void checklistValuesMustAllBeListedAsListOrSpinJson() {
    JsonNode form = form("""
        {"type": "checklist", "key": "measures", "label": "Measures",
         "values": [{"label": "Debt counselling", "value": "DEBT"}, {"label": "Housing", "value": "HOUSING"}]}""");

    assertThat(validate(form, Map.of("measures", List.of("DEBT", "HOUSING")))).isEmpty();
    assertThat(validate(form, Map.of("measures", Spin.JSON("[\"DEBT\"]")))).isEmpty();
    assertThat(validate(form, Map.of("measures", Spin.JSON("[\"DEBT\", \"GYM\"]"))))
        .extracting(FormViolation::message)
        .containsExactly("'Measures' may only contain DEBT, HOUSING (not GYM)");
    assertThat(validate(form, Map.of("measures", "DEBT"))).extracting(FormViolation::message)
        .containsExactly("'Measures' must be a list of values");
  }

  @Test
  void taglistValuesMustAllBeListed() {
    JsonNode form = form("""
        {"type": "taglist", "key": "tags", "label": "Tags", "values": [{"label": "A", "value": "A"}]}""");

    assertThat(validate(form, Map.of("tags", List.of("A", "B")))).hasSize(1);
  }

  @Test
  void disabledReadonlyAndDisplayComponentsAreNotChecked() {
    JsonNode form = form("""
        {"type": "number", "key": "recommended", "label": "Recommended", "disabled": true, "validate": {"required": true}},
        {"type": "textfield", "key": "shown", "label": "Shown", "readonly": true, "validate": {"required": true}},
        {"type": "text", "text": "## Heading"},
        {"type": "button", "key": "submit", "label": "Submit", "action": "submit"},
        {"type": "separator"},
        {"type": "spacer"}""");

    assertThat(validate(form, Map.of())).isEmpty();
  }

  @Test
  void componentsInsideGroupsAreChecked() {
    JsonNode form = form("""
        {"type": "group", "label": "Plan", "components": [
          {"type": "number", "key": "weeklyHours", "label": "Weekly hours", "validate": {"required": true}}]},
        {"type": "group", "label": "Site", "path": "site", "components": [
          {"type": "textfield", "key": "name", "label": "Site name", "validate": {"required": true}}]}""");

    assertThat(validate(form, Map.of("site", Map.of("name", "Bakery"))))
        .extracting(FormViolation::message).containsExactly("'Weekly hours' is required");
    assertThat(validate(form, Map.of("weeklyHours", 20)))
        .extracting(FormViolation::message).containsExactly("'Site name' is required");
  }

  @Test
  void everyViolationIsReportedInFormOrder() {
    JsonNode form = form("""
        {"type": "textfield", "key": "a", "label": "A", "validate": {"required": true}},
        {"type": "number", "key": "b", "label": "B", "validate": {"max": 1}}""");

    assertThat(validate(form, Map.of("b", 2))).extracting(FormViolation::fieldKey).containsExactly("a", "b");
  }

  @Test
  void labelFallsBackToTheKey() {
    JsonNode form = form("""
        {"type": "textfield", "key": "unlabelled", "validate": {"required": true}}""");

    assertThat(validate(form, Map.of())).extracting(FormViolation::message)
        .containsExactly("'unlabelled' is required");
  }

  private List<FormViolation> validate(JsonNode form, Map<String, Object> values) {
    return validator.validate(form, new HashMap<>(values)::get);
  }

  private static JsonNode form(String components) {
    return CamundaFormValidator.parse("{\"id\": \"test\", \"type\": \"default\", \"components\": [" + components + "]}");
  }
}
