package org.rehabpath.report;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** Settings of the reports (properties {@code rehab.report.*}). */
@Component
@ConfigurationProperties("rehab.report")
public class ReportSettings {

  /** Cells of the ESF+ report below this count are suppressed; 0 suppresses nothing. */
  private int minimumCell = 5;

  public int getMinimumCell() {
    return minimumCell;
  }

  public void setMinimumCell(int minimumCell) {
    if (minimumCell < 0) {
      throw new IllegalArgumentException("rehab.report.minimum-cell must be 0 or more, not " + minimumCell);
    }
    this.minimumCell = minimumCell;
  }
}
