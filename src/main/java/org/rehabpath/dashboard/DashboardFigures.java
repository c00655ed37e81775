package org.rehabpath.dashboard;

import java.time.YearMonth;
import java.util.List;

/**
 * What the programme dashboard shows for some service sites: counts and charts only, never a name or
 * a case reference.
 *
 * @param serviceSites the sites counted
 * @param from first month of the monthly charts (grants, step movements)
 * @param latestSteps the participants by the last step recorded for them, split by whether the step
 *     counts as closer to the labour market
 * @param to last month of the monthly charts
 * @param casesPaused the cases paused now (a hospital stay, residential treatment, parental leave), by reason
 * @param ownVoice per dimension of the participant's own voice, the share of participants whose latest
 *     answers in the period are better than their baseline, by women, men and non-binary and in all;
 *     a share of fewer participants than the report's minimum cell is not shown (a bar without value)
 */
public record DashboardFigures(
    List<String> serviceSites,
    YearMonth from,
    YearMonth to,
    long openCases,
    long closedCases,
    Chart casesByPhase,
    Chart casesByPathway,
    Chart casesByTargetGroup,
    Chart daysInPhase,
    Chart internshipPlaces,
    Chart grantsPerMonth,
    Chart grantsUnpaidPerMonth,
    Chart stepMovementsPerMonth,
    Chart latestSteps,
    Chart casesPaused,
    List<Chart> ownVoice) {}
