package org.rehabpath.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.junit.jupiter.api.Test;
import org.rehabpath.site.InternshipSite;
import org.rehabpath.site.SiteKind;

/** The matching rules without an engine. */
class MatchingChecksTest {

  @Test
  void theChoiceMustBeAProposedSite() {
    assertThat(SiteChoice.check("12", List.of("7", "12"))).isEqualTo(12L);
    assertThatThrownBy(() -> SiteChoice.check("8", List.of("7", "12")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("not among");
    assertThatThrownBy(() -> SiteChoice.check(null, List.of()))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("No internship site suits");
  }

  @Test
  void aDeclineNeedsAReason() {
    assertThat(PlacementDecision.check("ACCEPT", null)).isTrue();
    assertThat(PlacementDecision.check("DECLINE", "No tutor free")).isFalse();
    assertThatThrownBy(() -> PlacementDecision.check("DECLINE", " "))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining(MatchingVariables.DECLINE_REASON.name());
    assertThatThrownBy(() -> PlacementDecision.check(null, null))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining(MatchingVariables.HOST_DECISION.name());
  }

  @Test
  void proposalOptionsAreLabelAndValueBestFirst() {
    var options = SiteProposal.options(List.of(
        new InternshipSite(7L, "borlange", "Dalhemmet", SiteKind.SOCIAL_COOPERATIVE_B, "Repair", null, 4, 1,
            "host-coop", true, true, true)));
    assertThat(options).containsExactly(Map.of("label",
        "Dalhemmet (social cooperative B, Repair) - 3 of 4 places free", "value", "7"));
    assertThat(MatchingVariables.siteIds(options)).containsExactly("7");
  }
}
