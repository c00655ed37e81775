package org.rehabpath.voice;

import java.util.Map;

/** When a questionnaire is answered: at intake (the baseline), at a follow-up, at the exit. */
public enum Occasion {
  BASELINE("at the start", Map.of("sv", "vid start", "it", "all'inizio", "fi", "alussa")),
  FOLLOW_UP("follow-up", Map.of("sv", "uppföljning", "it", "verifica", "fi", "seuranta")),
  EXIT("at the exit", Map.of("sv", "vid avslut", "it", "alla chiusura", "fi", "lopussa"));

  private final String inWords;
  private final Map<String, String> translations;

  Occasion(String inWords, Map<String, String> translations) {
    this.inWords = inWords;
    this.translations = translations;
  }

  /** For the task's name: "Own words (at the start): Anna Berg". */
  public String inWords() {
    return inWords;
  }

  /** The same in the language of the case's service site (docs/languages.md); English by default. */
  public String inWords(String language) {
    return translations.getOrDefault(language, inWords);
  }
}
