package org.rehabpath.voice;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The instruments of the participant's own voice and their versions (tables {@code voice_instrument},
 * {@code voice_question}, Flyway V12). A version is never changed: a manager publishes a new one.
 */
@Repository
public class Instruments {

  /** The instrument the project ships, in its own plain words. */
  public static final String DEFAULT = "OWN_VOICE";

  public record Question(String code, int position, Dimension dimension, String text, int scaleMin, int scaleMax,
      String lowLabel, String highLabel, boolean supervisorRates) {}

  public record Instrument(String code, int version, String name, List<Question> questions) {

    public Optional<Question> question(String questionCode) {
      return questions.stream().filter(q -> q.code().equals(questionCode)).findFirst();
    }
  }

  /** A question's words in one language. */
  public record Texts(String text, String lowLabel, String highLabel) {}

  private final JdbcClient jdbc;

  Instruments(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The latest version of the instrument. */
  public Optional<Instrument> current(String code) {
    return jdbc.sql("select max(version) from voice_instrument where code = :code")
        .param("code", code)
        .query(Integer.class)
        .optional()
        .flatMap(version -> version(code, version));
  }

  public Optional<Instrument> version(String code, int version) {
    Optional<String> name = jdbc.sql("select name from voice_instrument where code = :code and version = :version")
        .param("code", code).param("version", version).query(String.class).optional();
    return name.map(n -> new Instrument(code, version, n, jdbc.sql(
            "select code, position, dimension, text, scale_min, scale_max, low_label, high_label, supervisor_rates"
                + " from voice_question where instrument_code = :code and instrument_version = :version order by position")
        .param("code", code).param("version", version)
        .query((row, i) -> new Question(row.getString(1), row.getInt(2), Dimension.valueOf(row.getString(3)),
            row.getString(4), row.getInt(5), row.getInt(6), row.getString(7), row.getString(8), row.getBoolean(9)))
        .list()));
  }

  /** The questions' words in a language (voice_question_text); a question without them has none here. */
  public java.util.Map<String, Texts> texts(Instrument instrument, String language) {
    java.util.Map<String, Texts> texts = new java.util.HashMap<>();
    jdbc.sql("select question_code, text, low_label, high_label from voice_question_text where instrument_code = :code"
            + " and instrument_version = :version and language = :language")
        .param("code", instrument.code()).param("version", instrument.version()).param("language", language)
        .query(row -> {
          texts.put(row.getString(1), new Texts(row.getString(2), row.getString(3), row.getString(4)));
        });
    return texts;
  }

  /** The questions' words in a language, for a version being published. */
  void addTexts(Instrument instrument, String language, java.util.Map<String, Texts> texts) {
    texts.forEach((question, words) -> jdbc.sql("insert into voice_question_text (instrument_code, instrument_version,"
            + " question_code, language, text, low_label, high_label) values (:code, :version, :question, :language,"
            + " :text, :low, :high)")
        .param("code", instrument.code()).param("version", instrument.version()).param("question", question)
        .param("language", language).param("text", words.text()).param("low", words.lowLabel())
        .param("high", words.highLabel())
        .update());
  }

  /** Publishes the questions as the instrument's next version; returns it. */
  public Instrument publish(String code, String name, List<Question> questions, String by) {
    int next = current(code).map(i -> i.version() + 1).orElse(1);
    jdbc.sql("insert into voice_instrument (code, version, name, published_by) values (:code, :version, :name, :by)")
        .param("code", code).param("version", next).param("name", name).param("by", by).update();
    for (Question q : questions) {
      jdbc.sql("insert into voice_question (instrument_code, instrument_version, code, position, dimension, text,"
              + " scale_min, scale_max, low_label, high_label, supervisor_rates) values (:instrument, :version, :code,"
              + " :position, :dimension, :text, :min, :max, :low, :high, :supervisorRates)")
          .param("instrument", code).param("version", next).param("code", q.code()).param("position", q.position())
          .param("dimension", q.dimension().name()).param("text", q.text()).param("min", q.scaleMin())
          .param("max", q.scaleMax()).param("low", q.lowLabel()).param("high", q.highLabel())
          .param("supervisorRates", q.supervisorRates())
          .update();
    }
    return version(code, next).orElseThrow();
  }
}
