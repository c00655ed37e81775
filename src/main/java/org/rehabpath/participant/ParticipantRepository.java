package org.rehabpath.participant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.rehabpath.participant.EntryData.AgeBand;
import org.rehabpath.participant.EntryData.EducationLevel;
import org.rehabpath.participant.EntryData.Gender;
import org.rehabpath.participant.EntryData.LabourMarketStatus;
import org.rehabpath.participant.EntryData.SensitiveAnswer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ParticipantRepository {

  private final JdbcClient jdbc;

  public ParticipantRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Inserts the record; a second referral with the same referrer and reference fails on the unique key. */
  public void insert(Participant p) {
    jdbc.sql("""
            INSERT INTO participant (case_reference, service_site, referrer_service, referrer_reference,
              first_name, last_name, birth_year, gender, education_level, labour_market_status,
              third_country_national, foreign_background, homeless_or_housing_excluded, rural_area,
              disability, minority, consent_given, process_instance_id, created_at, referred_by)
            VALUES (:caseReference, :serviceSite, :referrerService, :referrerReference, :firstName,
              :lastName, :birthYear, :gender, :educationLevel, :labourMarketStatus, :thirdCountryNational,
              :foreignBackground, :homelessOrHousingExcluded, :ruralArea, :disability, :minority,
              :consentGiven, :processInstanceId, :createdAt, :referredBy)""")
        .param("caseReference", p.caseReference())
        .param("serviceSite", p.serviceSite())
        .param("referrerService", p.referrerService())
        .param("referrerReference", p.referrerReference())
        .param("firstName", p.firstName())
        .param("lastName", p.lastName())
        .params(entryData(p))
        .param("consentGiven", p.consentGiven())
        .param("processInstanceId", p.processInstanceId())
        .param("createdAt", Timestamp.from(p.createdAt()))
        .param("referredBy", p.referredBy())
        .update();
  }

  /** The ESF+ entry data's parameters, named as in both statements that write them. */
  private static java.util.Map<String, Object> entryData(Participant p) {
    java.util.Map<String, Object> params = new java.util.HashMap<>();
    params.put("birthYear", p.birthYear());
    params.put("gender", p.gender().name());
    params.put("educationLevel", p.educationLevel().name());
    params.put("labourMarketStatus", p.labourMarketStatus().name());
    params.put("thirdCountryNational", p.thirdCountryNational());
    params.put("foreignBackground", p.foreignBackground());
    params.put("homelessOrHousingExcluded", p.homelessOrHousingExcluded());
    params.put("ruralArea", p.ruralArea());
    params.put("disability", name(p.disability()));
    params.put("minority", name(p.minority()));
    return params;
  }

  public void setProcessInstanceId(String caseReference, String processInstanceId) {
    jdbc.sql("UPDATE participant SET process_instance_id = :pid WHERE case_reference = :ref")
        .param("pid", processInstanceId)
        .param("ref", caseReference)
        .update();
  }

  /** Replaces the entry data of the case's participant record (the intake's corrections and additions). */
  public void updateEntryData(Participant p) {
    jdbc.sql("""
            UPDATE participant SET birth_year = :birthYear, gender = :gender, education_level = :educationLevel,
              labour_market_status = :labourMarketStatus, third_country_national = :thirdCountryNational,
              foreign_background = :foreignBackground, homeless_or_housing_excluded = :homelessOrHousingExcluded,
              rural_area = :ruralArea, disability = :disability, minority = :minority
            WHERE case_reference = :ref""")
        .params(entryData(p))
        .param("ref", p.caseReference())
        .update();
  }

  /**
   * Records the intake's answer on consent and, for a participant included in the programme, the day
   * of entry (kept from the first intake when repeated).
   */
  public void recordIntake(String caseReference, boolean consentGiven, LocalDate enteredOn) {
    jdbc.sql("UPDATE participant SET consent_given = :consent WHERE case_reference = :ref")
        .param("consent", consentGiven)
        .param("ref", caseReference)
        .update();
    if (enteredOn != null) {
      jdbc.sql("UPDATE participant SET entered_on = :enteredOn WHERE case_reference = :ref AND entered_on IS NULL")
          .param("enteredOn", enteredOn)
          .param("ref", caseReference)
          .update();
    }
  }

  /** The situation within four weeks of leaving (ESF+ EECR01-EECR04); a repeated exit overwrites it. */
  public record ExitResult(LocalDate exitDate, boolean jobSearching, boolean inEducation,
      boolean gainedQualification, boolean employed) {}

  /** The situation six months after leaving (ESF+ EECR05, EECR06); a repeated follow-up overwrites it. */
  public record FollowUpResult(LocalDate followUpDate, boolean employed, boolean labourMarketSituationImproved) {}

  /** @return the number of records updated: 0 when the case has no participant record */
  public int recordExit(String caseReference, ExitResult r) {
    return jdbc.sql("""
            UPDATE participant SET exit_date = :exitDate, job_searching_at_exit = :jobSearching,
              in_education_at_exit = :inEducation, qualification_at_exit = :qualification,
              employed_at_exit = :employed
            WHERE case_reference = :ref""")
        .param("exitDate", r.exitDate())
        .param("jobSearching", r.jobSearching())
        .param("inEducation", r.inEducation())
        .param("qualification", r.gainedQualification())
        .param("employed", r.employed())
        .param("ref", caseReference)
        .update();
  }

  /** @return the number of records updated: 0 when the case has no participant record */
  public int recordFollowUp(String caseReference, FollowUpResult r) {
    return jdbc.sql("""
            UPDATE participant SET follow_up_date = :date, employed_at_follow_up = :employed,
              improved_at_follow_up = :improved
            WHERE case_reference = :ref""")
        .param("date", r.followUpDate())
        .param("employed", r.employed())
        .param("improved", r.labourMarketSituationImproved())
        .param("ref", caseReference)
        .update();
  }

  /** The day the intake included the case's participant; empty while not included. */
  public Optional<LocalDate> enteredOn(String caseReference) {
    return jdbc.sql("SELECT entered_on FROM participant WHERE case_reference = :ref AND entered_on IS NOT NULL")
        .param("ref", caseReference)
        .query(LocalDate.class)
        .optional();
  }

  public Optional<Participant> findByReferral(String referrerService, String referrerReference) {
    return jdbc.sql("SELECT * FROM participant WHERE referrer_service = :service AND referrer_reference = :reference")
        .param("service", referrerService)
        .param("reference", referrerReference)
        .query(ParticipantRepository::map)
        .optional();
  }

  /**
   * The earlier cases of the same person, following "re-entry of" back from the case (nearest first);
   * empty for a first entry.
   */
  public java.util.List<String> earlierCases(String caseReference) {
    java.util.List<String> earlier = new java.util.ArrayList<>();
    String current = caseReference;
    while (current != null && earlier.size() < 50) {
      current = jdbc.sql("select re_entry_of from participant where case_reference = :caseReference")
          .param("caseReference", current).query(String.class).optional().orElse(null);
      if (current != null && !earlier.contains(current) && !current.equals(caseReference)) {
        earlier.add(current);
      } else {
        current = null;
      }
    }
    return earlier;
  }

  /** Records that the case is a re-entry of an earlier case of the same person. */
  public void recordReEntry(String caseReference, String earlierCase) {
    jdbc.sql("update participant set re_entry_of = :earlier where case_reference = :caseReference")
        .param("earlier", earlierCase).param("caseReference", caseReference).update();
  }

  public Optional<Participant> findByCaseReference(String caseReference) {
    return jdbc.sql("SELECT * FROM participant WHERE case_reference = :ref")
        .param("ref", caseReference)
        .query(ParticipantRepository::map)
        .optional();
  }

  /**
   * Erases the personal data of the case's participant: name, birth year, case reference, referrer
   * reference, process instance, who referred and the exact time of entry go; the row keeps the
   * service site, the ESF+ entry data, consent, the month of entry and the age band at entry. The
   * days of entry, exit and follow-up become the first day of their month.
   *
   * @return the number of rows erased (0 or 1)
   */
  public int erase(String caseReference, YearMonth entryMonth, AgeBand ageBandAtEntry, Instant erasedAt) {
    var days = jdbc.sql("SELECT entered_on, exit_date, follow_up_date FROM participant WHERE case_reference = :ref")
        .param("ref", caseReference)
        .query((rs, row) -> new LocalDate[] {
            day(rs, "entered_on"), day(rs, "exit_date"), day(rs, "follow_up_date")})
        .optional()
        .orElse(new LocalDate[3]);
    return jdbc.sql("""
            UPDATE participant SET case_reference = NULL, referrer_reference = NULL, first_name = NULL,
              last_name = NULL, birth_year = NULL, created_at = NULL, process_instance_id = NULL,
              referred_by = NULL, entry_month = :entryMonth, age_band_at_entry = :ageBand,
              erased_at = :erasedAt, entered_on = :enteredOn, exit_date = :exitDate,
              follow_up_date = :followUpDate
            WHERE case_reference = :ref""")
        .param("entryMonth", entryMonth.atDay(1))
        .param("ageBand", ageBandAtEntry.name())
        .param("erasedAt", Timestamp.from(erasedAt))
        .param("enteredOn", firstOfMonth(days[0]))
        .param("exitDate", firstOfMonth(days[1]))
        .param("followUpDate", firstOfMonth(days[2]))
        .param("ref", caseReference)
        .update();
  }

  public long count() {
    return jdbc.sql("SELECT COUNT(*) FROM participant").query(Long.class).single();
  }

  private static LocalDate day(ResultSet rs, String column) throws SQLException {
    java.sql.Date date = rs.getDate(column);
    return date == null ? null : date.toLocalDate();
  }

  private static LocalDate firstOfMonth(LocalDate day) {
    return day == null ? null : day.withDayOfMonth(1);
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
    return value == null ? null : Enum.valueOf(type, value);
  }

  private static Boolean bool(ResultSet rs, String column) throws SQLException {
    boolean value = rs.getBoolean(column);
    return rs.wasNull() ? null : value;
  }

  private static Participant map(ResultSet rs, int row) throws SQLException {
    return new Participant(
        rs.getString("case_reference"),
        rs.getString("service_site"),
        rs.getString("referrer_service"),
        rs.getString("referrer_reference"),
        rs.getString("first_name"),
        rs.getString("last_name"),
        new EntryDataInput(
            rs.getInt("birth_year"),
            Gender.valueOf(rs.getString("gender")),
            EducationLevel.valueOf(rs.getString("education_level")),
            LabourMarketStatus.valueOf(rs.getString("labour_market_status")),
            bool(rs, "third_country_national"),
            bool(rs, "foreign_background"),
            bool(rs, "homeless_or_housing_excluded"),
            bool(rs, "rural_area"),
            enumOrNull(SensitiveAnswer.class, rs.getString("disability")),
            enumOrNull(SensitiveAnswer.class, rs.getString("minority"))),
        rs.getBoolean("consent_given"),
        rs.getString("process_instance_id"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getString("referred_by"));
  }
}
