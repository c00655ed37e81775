package org.rehabpath.interventions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

/** The typed readers and the proposal summary, without an engine. */
class InterventionsVariablesTest {

  @Test
  void codesAreReadFromAListOrFromTheChecklistsJsonArray() {
    assertThat(InterventionsVariables.codes(List.of("HOUSING_SUPPORT", "LANGUAGE_COURSE")))
        .containsExactly("HOUSING_SUPPORT", "LANGUAGE_COURSE");
    assertThat(InterventionsVariables.codes(Spin.JSON("[\"CLINICAL_CARE\",\"SOCIAL_ACTIVATION\"]")))
        .containsExactly("CLINICAL_CARE", "SOCIAL_ACTIVATION");
    assertThat(InterventionsVariables.codes(null)).isEmpty();
  }

  @Test
  void theSummaryUsesTheWordsStaffRead() {
    InterventionProposals proposals = new InterventionProposals();
    assertThat(proposals.summary(List.of("CLINICAL_CARE", "DEBT_AND_BENEFITS_ADVICE")))
        .isEqualTo("Medical, psychiatric or addiction care, as the clinicians advise\nDebt and benefits advice");
    assertThat(proposals.summary(List.of("NEW_SERVICE"))).as("a code a manager added to the table").isEqualTo("NEW_SERVICE");
    assertThat(proposals.summary(List.of())).startsWith("No service proposed");
  }
}
