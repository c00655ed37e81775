package org.rehabpath.voice;

/** When a questionnaire is answered: at intake (the baseline), at a follow-up, at the exit. */
public enum Occasion {
  BASELINE("at the start"),
  FOLLOW_UP("follow-up"),
  EXIT("at the exit");

  private final String inWords;

  Occasion(String inWords) {
    this.inWords = inWords;
  }

  /** For the task's name: "Own words (at the start): Anna Berg". */
  public String inWords() {
    return inWords;
  }
}
