package org.rehabpath.report;

import java.time.YearMonth;
import java.util.List;

/**
 * The ESF+ indicator report of the service sites for the months from..to: counts only, by women,
 * men and non-binary participants and in total; a null cell is suppressed (below
 * {@code minimumCell}, or to protect one that is). Beside them, the participant's own voice: per
 * dimension, who answered at the baseline and later, who improved and that share ({@link
 * OwnVoiceIndicators}).
 */
public record EsfReport(YearMonth from, YearMonth to, List<String> serviceSites, int minimumCell,
    List<EsfIndicators.Row> indicators, List<EsfIndicators.Row> ownVoice) {}
