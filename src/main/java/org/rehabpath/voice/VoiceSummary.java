package org.rehabpath.voice;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.rehabpath.models.ModelBean;
import org.rehabpath.variables.CaseVariables;

/**
 * Shows the participant's own change since the baseline on the tasks of those who read it (create
 * listener {@code ${voiceSummary.show(task)}}: the supervisor's follow-up, the interservice review), as
 * a task-local line of text; the answers themselves stay in the project's tables.
 */
@ModelBean("voiceSummary")
public class VoiceSummary {

  /** The task-local text the forms show. */
  public static final String VARIABLE = "ownVoiceChange";

  private final ParticipantVoiceFigures figures;
  private final org.rehabpath.security.SiteLanguages siteLanguages;
  private final org.springframework.context.MessageSource messages;

  VoiceSummary(ParticipantVoiceFigures figures, org.rehabpath.security.SiteLanguages siteLanguages,
      org.springframework.context.MessageSource messages) {
    this.figures = figures;
    this.siteLanguages = siteLanguages;
    this.messages = messages;
  }

  /**
   * The line in the language of the case's service site (docs/languages.md): "empowerment +50.0,
   * health +30.0, job readiness +25.0 since the baseline (3 questionnaires, on 0-100)"; the number
   * as stored, with the language's decimal mark.
   */
  public void show(DelegateTask task) {
    java.util.Locale locale = java.util.Locale.forLanguageTag(siteLanguages.ofTenant(task.getTenantId()));
    var voice = figures.caseVoice(CaseVariables.CASE_REFERENCE.get(task));
    long questionnaires = voice.responses().stream().filter(v -> v.respondent() == Respondent.PARTICIPANT).count();
    String text;
    if (questionnaires == 0) {
      text = messages.getMessage("voice.summary.none", null, locale);
    } else if (voice.change().isEmpty()) {
      text = messages.getMessage("voice.summary.baselineOnly", null, locale);
    } else {
      char decimalMark = java.text.DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
      String parts = String.join(", ", voice.change().entrySet().stream()
          .map(e -> messages.getMessage("voice.dimension." + e.getKey().name(), null, locale) + " "
              + (e.getValue().signum() >= 0 ? "+" : "") + e.getValue().toPlainString().replace('.', decimalMark))
          .toList());
      text = messages.getMessage("voice.summary.change", new Object[] {parts, String.valueOf(questionnaires)}, locale);
    }
    task.setVariableLocal(VARIABLE, text);
  }
}
