package org.rehabpath.engine;

import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.rehabpath.forms.FormTranslations;
import org.rehabpath.models.ModelBean;
import org.rehabpath.security.SiteLanguages;

/**
 * The text of a decision table's rationale in the language of the case's service site. A decision
 * gives a rationale as a code ({@code NOT_MOTIVATED}), stable for reports and integrations; the team
 * reads its text, kept per language in {@code processes/i18n/<decision>[_<language>].properties}
 * (English without a suffix). A model maps it:
 * {@code ${decisionRationales.text(execution, 'work-grant', decisionResult.getSingleResult().grantRationale)}}.
 */
@ModelBean("decisionRationales")
public class DecisionRationales {

  private final SiteLanguages siteLanguages;
  private static final Map<String, Properties> BUNDLES = new ConcurrentHashMap<>();

  DecisionRationales(SiteLanguages siteLanguages) {
    this.siteLanguages = siteLanguages;
  }

  /**
   * The rationale's text in the site's language, in English where that has none, and the code itself
   * when no text is known for it (a decision changed in Modeler that gives its text directly).
   */
  public String text(DelegateExecution execution, String decision, String code) {
    return text(decision, code, siteLanguages.ofTenant(execution.getTenantId()));
  }

  public static String text(String decision, String code, String language) {
    if (code == null) {
      return null;
    }
    String translated = bundle(decision, language).getProperty(code);
    if (translated == null || translated.isBlank()) {
      translated = bundle(decision, SiteLanguages.ENGLISH).getProperty(code);
    }
    return translated == null || translated.isBlank() ? code : translated;
  }

  private static Properties bundle(String decision, String language) {
    String name = SiteLanguages.ENGLISH.equals(language) ? decision : decision + "_" + language;
    return BUNDLES.computeIfAbsent(name, DecisionRationales::load);
  }

  private static Properties load(String name) {
    return FormTranslations.classpathTexts("processes/i18n/" + name + ".properties").orElseGet(Properties::new);
  }

}
