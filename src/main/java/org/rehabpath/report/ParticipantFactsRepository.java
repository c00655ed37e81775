package org.rehabpath.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import org.rehabpath.participant.EntryData.AgeBand;
import org.rehabpath.participant.EntryData.EducationLevel;
import org.rehabpath.participant.EntryData.Gender;
import org.rehabpath.participant.EntryData.LabourMarketStatus;
import org.rehabpath.participant.EntryData.SensitiveAnswer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the participant records the ESF+ report counts: anonymous columns only. */
@Repository
class ParticipantFactsRepository {

  private final JdbcClient jdbc;

  ParticipantFactsRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Records of the service sites that entered, left or were followed up in the months from..to. */
  List<ParticipantFacts> between(YearMonth from, YearMonth to, Collection<String> serviceSites) {
    if (serviceSites.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("""
            SELECT gender, birth_year, age_band_at_entry, education_level, labour_market_status,
              third_country_national, foreign_background, homeless_or_housing_excluded, rural_area,
              disability, minority, entered_on, exit_date, job_searching_at_exit, in_education_at_exit,
              qualification_at_exit, employed_at_exit, follow_up_date, employed_at_follow_up,
              improved_at_follow_up
            FROM participant
            WHERE service_site IN (:sites)
              AND ((entered_on >= :start AND entered_on < :end)
                OR (exit_date >= :start AND exit_date < :end)
                OR (follow_up_date >= :start AND follow_up_date < :end))""")
        .param("sites", serviceSites)
        .param("start", from.atDay(1))
        .param("end", to.plusMonths(1).atDay(1))
        .query(ParticipantFactsRepository::map)
        .list();
  }

  private static ParticipantFacts map(ResultSet rs, int row) throws SQLException {
    LocalDate enteredOn = day(rs, "entered_on");
    int birthYear = rs.getInt("birth_year");
    boolean erased = rs.wasNull();
    AgeBand ageBand = erased
        ? enumOrNull(AgeBand.class, rs.getString("age_band_at_entry"))
        : enteredOn == null ? null : AgeBand.at(birthYear, enteredOn.getYear());
    return new ParticipantFacts(
        Gender.valueOf(rs.getString("gender")),
        ageBand,
        enumOrNull(EducationLevel.class, rs.getString("education_level")),
        enumOrNull(LabourMarketStatus.class, rs.getString("labour_market_status")),
        bool(rs, "third_country_national"),
        bool(rs, "foreign_background"),
        bool(rs, "homeless_or_housing_excluded"),
        bool(rs, "rural_area"),
        enumOrNull(SensitiveAnswer.class, rs.getString("disability")),
        enumOrNull(SensitiveAnswer.class, rs.getString("minority")),
        enteredOn,
        day(rs, "exit_date"),
        bool(rs, "job_searching_at_exit"),
        bool(rs, "in_education_at_exit"),
        bool(rs, "qualification_at_exit"),
        bool(rs, "employed_at_exit"),
        day(rs, "follow_up_date"),
        bool(rs, "employed_at_follow_up"),
        bool(rs, "improved_at_follow_up"));
  }

  private static LocalDate day(ResultSet rs, String column) throws SQLException {
    java.sql.Date date = rs.getDate(column);
    return date == null ? null : date.toLocalDate();
  }

  private static Boolean bool(ResultSet rs, String column) throws SQLException {
    boolean value = rs.getBoolean(column);
    return rs.wasNull() ? null : value;
  }

  private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
    return value == null ? null : Enum.valueOf(type, value);
  }
}
