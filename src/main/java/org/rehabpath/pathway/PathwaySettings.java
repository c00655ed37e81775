package org.rehabpath.pathway;

import java.time.Duration;
import java.time.Period;
import org.rehabpath.models.ModelBean;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Periods and cycles of the pathway, as ISO-8601 durations (properties {@code rehab.pathway.*}).
 * Timers in the models read them as {@code ${pathwaySettings.followUpAfter}}, so an operator changes a
 * period without touching a model.
 */
@ModelBean("pathwaySettings")
@ConfigurationProperties("rehab.pathway")
public class PathwaySettings {

  /** When a case routed to other interventions is offered a re-assessment. */
  private String reassessmentAfter = "P6M";
  /** When a case still without an internship site is escalated to the programme manager. */
  private String matchingEscalationAfter = "P30D";
  /** How often the project tutor visits the internship site. */
  private String siteVisitEvery = "P1W";
  /** When the follow-up after the exit is due. */
  private String followUpAfter = "P6M";
  /** How often the supervisor meets the participant for a follow-up, on every path. */
  private String supervisorFollowUpEvery = "P14D";
  /** How often the participant answers the questionnaire in their own words after the baseline. */
  private String ownVoiceEvery = "P3M";
  /** How long the one-time code for the participant's own page works. */
  private String ownVoiceCodeValidFor = "P14D";

  /** The own-voice cadence as a timer cycle that repeats while the case's support runs. */
  public String getOwnVoiceCycle() {
    return "R/" + ownVoiceEvery;
  }

  public String getOwnVoiceEvery() {
    return ownVoiceEvery;
  }

  public void setOwnVoiceEvery(String value) {
    this.ownVoiceEvery = requireDuration("own-voice-every", value);
  }

  public String getOwnVoiceCodeValidFor() {
    return ownVoiceCodeValidFor;
  }

  public void setOwnVoiceCodeValidFor(String value) {
    this.ownVoiceCodeValidFor = requireDuration("own-voice-code-valid-for", value);
  }

  /** The site-visit cycle as a timer cycle that repeats while the internship runs. */
  public String getSiteVisitCycle() {
    return "R/" + siteVisitEvery;
  }

  public String getReassessmentAfter() {
    return reassessmentAfter;
  }

  public void setReassessmentAfter(String value) {
    this.reassessmentAfter = requireDuration("reassessment-after", value);
  }

  public String getMatchingEscalationAfter() {
    return matchingEscalationAfter;
  }

  public void setMatchingEscalationAfter(String value) {
    this.matchingEscalationAfter = requireDuration("matching-escalation-after", value);
  }

  public String getSiteVisitEvery() {
    return siteVisitEvery;
  }

  public void setSiteVisitEvery(String value) {
    this.siteVisitEvery = requireDuration("site-visit-every", value);
  }

  public String getFollowUpAfter() {
    return followUpAfter;
  }

  public void setFollowUpAfter(String value) {
    this.followUpAfter = requireDuration("follow-up-after", value);
  }

  public String getSupervisorFollowUpEvery() {
    return supervisorFollowUpEvery;
  }

  public void setSupervisorFollowUpEvery(String value) {
    this.supervisorFollowUpEvery = requireDuration("supervisor-follow-up-every", value);
  }

  /** Refuses a misspelt period at start-up rather than when the first timer is created. */
  private static String requireDuration(String name, String value) {
    try {
      if (value.contains("T")) {
        Duration.parse(value);
      } else {
        Period.parse(value);
      }
      return value;
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "rehab.pathway." + name + " must be an ISO-8601 duration such as P1M, got '" + value + "'");
    }
  }
}
