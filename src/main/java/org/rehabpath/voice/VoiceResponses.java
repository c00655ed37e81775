package org.rehabpath.voice;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The questionnaires answered for each case, with their answers (tables {@code voice_response},
 * {@code voice_answer}): health data, kept here and never in process variables.
 */
@Repository
public class VoiceResponses {

  /** One questionnaire answered, with the instrument version it answered and each answer by question. */
  public record Response(long id, String instrumentCode, int instrumentVersion, Occasion occasion,
      Respondent respondent, String answeredVia, LocalDate answeredOn, Map<String, Integer> answers) {}

  private final JdbcClient jdbc;

  VoiceResponses(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long record(String caseReference, String serviceSite, Instruments.Instrument instrument, Occasion occasion,
      Respondent respondent, String answeredVia, LocalDate on, String by, Map<String, Integer> answers) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("insert into voice_response (case_reference, service_site, instrument_code, instrument_version, occasion,"
            + " respondent, answered_via, answered_on, recorded_by, participant_id) values (:caseReference, :site, :code,"
            + " :version, :occasion, :respondent, :via, :on, :by,"
            + " (select p.id from participant p where p.case_reference = :caseReference))")
        .param("caseReference", caseReference).param("site", serviceSite).param("code", instrument.code())
        .param("version", instrument.version()).param("occasion", occasion.name()).param("respondent", respondent.name())
        .param("via", answeredVia).param("on", on).param("by", by)
        .update(keys, "id");
    long id = keys.getKey().longValue();
    answers.forEach((question, answer) -> jdbc.sql(
            "insert into voice_answer (response_id, question_code, answer) values (:id, :question, :answer)")
        .param("id", id).param("question", question).param("answer", answer).update());
    return id;
  }

  /** The case's questionnaires, oldest first. */
  public List<Response> forCase(String caseReference) {
    List<Response> responses = jdbc.sql("select id, instrument_code, instrument_version, occasion, respondent, answered_via,"
            + " answered_on from voice_response where case_reference = :caseReference order by answered_on, id")
        .param("caseReference", caseReference)
        .query((row, i) -> new Response(row.getLong(1), row.getString(2), row.getInt(3), Occasion.valueOf(row.getString(4)),
            Respondent.valueOf(row.getString(5)), row.getString(6), row.getObject(7, LocalDate.class), new LinkedHashMap<>()))
        .list();
    for (Response response : responses) {
      jdbc.sql("select question_code, answer from voice_answer where response_id = :id order by question_code")
          .param("id", response.id())
          .query(row -> {
            response.answers().put(row.getString(1), row.getInt(2));
          });
    }
    return responses;
  }

  /**
   * Puts the answers of a case under another reference (an erased case's anonymous token); the case's
   * one-time codes go, used or not, with the first name they held.
   */
  public int replaceCaseReference(String caseReference, String replacement) {
    jdbc.sql("delete from voice_invitation where case_reference = :caseReference")
        .param("caseReference", caseReference).update();
    return jdbc.sql("update voice_response set case_reference = :replacement, recorded_by = null where case_reference = :caseReference")
        .param("replacement", replacement).param("caseReference", caseReference).update();
  }
}
