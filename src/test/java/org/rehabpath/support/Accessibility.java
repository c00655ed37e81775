package org.rehabpath.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import org.openqa.selenium.WebDriver;

/** axe-core's WCAG 2.1 A and AA rules on the page the browser shows: no fault rated serious or critical. */
public final class Accessibility {

  private Accessibility() {}

  public static void assertNoSeriousFault(WebDriver browser, String page) {
    var results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(browser);
    List<String> faults = results.getViolations().stream()
        .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
        .map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getNodes().stream()
            .map(node -> node.getHtml()).limit(3).toList())
        .toList();
    assertThat(faults).as("axe-core on the " + page).isEmpty();
  }
}
