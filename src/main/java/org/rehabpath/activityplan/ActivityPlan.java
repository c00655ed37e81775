package org.rehabpath.activityplan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The activity plan of each case (tables {@code case_support}, {@code activity_measure} and
 * {@code measure_progress}, Flyway V11): who supports the participant and the measures that run
 * beside the pathway, each with its kind, owner role, provider, dates and status.
 */
@Repository
public class ActivityPlan {

  /** The named supervisor of a case and, where one is involved, the therapeutic-community operator. */
  public record Supervision(String caseReference, String serviceSite, String supervisor, String communityOperator,
      LocalDate startedOn, String agreedBy) {}

  /**
   * One measure of the plan; a group measure names its group and counts the sessions held and those
   * the participant attended.
   */
  public record Measure(long id, String kind, String label, String ownerRole, String provider, LocalDate startsOn,
      LocalDate endsOn, MeasureStatus status, LocalDate agreedOn, Long groupActivityId, String groupName,
      int sessionsHeld, int sessionsAttended, String proposedBy) {

    /** "Language course (SFI Borlänge, from 2026-03-02): under way", for the options of a follow-up. */
    public String describe() {
      StringBuilder text = new StringBuilder(label);
      String where = groupName != null ? groupName : provider;
      if (where != null || startsOn != null) {
        text.append(" (");
        if (where != null) {
          text.append(where);
        }
        if (startsOn != null) {
          text.append(where != null ? ", " : "").append("from ").append(startsOn);
        }
        text.append(")");
      }
      return text.append(": ").append(status.name().toLowerCase().replace('_', ' ')).toString();
    }
  }

  /** A measure to add. */
  public record NewMeasure(String kind, String ownerRole, String provider, LocalDate startsOn, LocalDate endsOn,
      MeasureStatus status, LocalDate agreedOn, Long groupActivityId, String proposedBy) {}

  private final JdbcClient jdbc;

  ActivityPlan(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void startSupport(Supervision supervision) {
    jdbc.sql("insert into case_support (case_reference, service_site, supervisor, community_operator, started_on, agreed_by)"
            + " values (:caseReference, :serviceSite, :supervisor, :communityOperator, :startedOn, :agreedBy)")
        .param("caseReference", supervision.caseReference())
        .param("serviceSite", supervision.serviceSite())
        .param("supervisor", supervision.supervisor())
        .param("communityOperator", supervision.communityOperator())
        .param("startedOn", supervision.startedOn())
        .param("agreedBy", supervision.agreedBy())
        .update();
  }

  public Optional<Supervision> supervision(String caseReference) {
    return jdbc.sql("select case_reference, service_site, supervisor, community_operator, started_on, agreed_by"
            + " from case_support where case_reference = :caseReference")
        .param("caseReference", caseReference)
        .query((row, n) -> new Supervision(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
            row.getObject(5, LocalDate.class), row.getString(6)))
        .optional();
  }

  /** Names another supervisor or community operator (a follow-up may hand the case over). */
  public void changeSupervision(String caseReference, String supervisor, String communityOperator) {
    jdbc.sql("update case_support set supervisor = :supervisor, community_operator = :communityOperator"
            + " where case_reference = :caseReference")
        .param("supervisor", supervisor)
        .param("communityOperator", communityOperator)
        .param("caseReference", caseReference)
        .update();
  }

  public long add(String caseReference, String serviceSite, NewMeasure measure) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("insert into activity_measure (case_reference, service_site, kind, owner_role, provider, starts_on,"
            + " ends_on, status, agreed_on, group_activity_id, proposed_by) values (:caseReference, :serviceSite, :kind,"
            + " :ownerRole, :provider, :startsOn, :endsOn, :status, :agreedOn, :groupActivityId, :proposedBy)")
        .param("caseReference", caseReference)
        .param("serviceSite", serviceSite)
        .param("kind", measure.kind())
        .param("ownerRole", measure.ownerRole())
        .param("provider", measure.provider())
        .param("startsOn", measure.startsOn())
        .param("endsOn", measure.endsOn())
        .param("status", measure.status().name())
        .param("agreedOn", measure.agreedOn())
        .param("groupActivityId", measure.groupActivityId())
        .param("proposedBy", measure.proposedBy())
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  /** The measures of a case, in the order they were added. */
  public List<Measure> measures(String caseReference) {
    return jdbc.sql("select m.id, m.kind, k.label, m.owner_role, m.provider, m.starts_on, m.ends_on, m.status, m.agreed_on,"
            + " m.group_activity_id, g.name,"
            + " (select count(*) from group_session s where s.group_activity_id = m.group_activity_id),"
            + " (select count(*) from group_attendance a join group_session s on s.id = a.session_id"
            + "   where s.group_activity_id = m.group_activity_id and a.case_reference = m.case_reference and a.present),"
            + " m.proposed_by"
            + " from activity_measure m join measure_kind k on k.code = m.kind"
            + " left join group_activity g on g.id = m.group_activity_id"
            + " where m.case_reference = :caseReference order by m.id")
        .param("caseReference", caseReference)
        .query((row, n) -> new Measure(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
            row.getString(5), row.getObject(6, LocalDate.class), row.getObject(7, LocalDate.class),
            MeasureStatus.valueOf(row.getString(8)), row.getObject(9, LocalDate.class),
            (Long) row.getObject(10, Long.class), row.getString(11), row.getInt(12), row.getInt(13), row.getString(14)))
        .list();
  }

  /**
   * Moves a measure to a status and records the step as the follow-up task's progress on it; a task
   * reports once per measure. Agreeing a proposed measure dates the agreement.
   */
  public void recordProgress(long measureId, MeasureStatus status, String taskId, LocalDate on, String by) {
    jdbc.sql("update activity_measure set status = :status,"
            + " agreed_on = case when agreed_on is null and :agreed then :on else agreed_on end,"
            + " ends_on = case when :ended and ends_on is null then :on else ends_on end"
            + " where id = :id")
        .param("status", status.name())
        .param("agreed", status != MeasureStatus.PROPOSED)
        .param("ended", !status.isOpen())
        .param("on", on)
        .param("id", measureId)
        .update();
    jdbc.sql("insert into measure_progress (measure_id, task_id, recorded_on, status, recorded_by)"
            + " values (:measureId, :taskId, :on, :status, :by)")
        .param("measureId", measureId)
        .param("taskId", taskId)
        .param("on", on)
        .param("status", status.name())
        .param("by", by)
        .update();
  }

  /**
   * The case leaves its groups (it closed, or was erased): its open group measures are discontinued
   * that day, so that no later session lists it.
   */
  public int leaveGroups(String caseReference, LocalDate on) {
    return jdbc.sql("update activity_measure set status = 'DISCONTINUED', ends_on = coalesce(ends_on, :on)"
            + " where case_reference = :caseReference and group_activity_id is not null"
            + " and status in ('PROPOSED', 'AGREED', 'UNDER_WAY')")
        .param("on", on)
        .param("caseReference", caseReference)
        .update();
  }

  /** Whether the case holds an open measure of the kind. */
  public boolean holdsOpen(String caseReference, String kind) {
    return measures(caseReference).stream().anyMatch(m -> m.kind().equals(kind) && m.status().isOpen());
  }

  /** The case references of the open measures of a group, for its session's attendance. */
  public List<String> membersOf(long groupActivityId) {
    return jdbc.sql("select distinct case_reference from activity_measure where group_activity_id = :group"
            + " and status in ('AGREED', 'UNDER_WAY') order by case_reference")
        .param("group", groupActivityId)
        .query(String.class)
        .list();
  }

  /** The members of a group with the name they are known by, as {label, value} options of a checklist. */
  public List<java.util.Map<String, Object>> memberOptions(long groupActivityId) {
    return jdbc.sql("select distinct m.case_reference, p.first_name, p.last_name from activity_measure m"
            + " left join participant p on p.case_reference = m.case_reference"
            + " where m.group_activity_id = :group and m.status in ('AGREED', 'UNDER_WAY') order by p.first_name, m.case_reference")
        .param("group", groupActivityId)
        .query((row, n) -> java.util.Map.<String, Object>of(
            "label", row.getString(2) == null ? row.getString(1) : row.getString(2) + " " + row.getString(3) + " (" + row.getString(1) + ")",
            "value", row.getString(1)))
        .list();
  }

  /** Puts the rows of a case under another reference (an erased case's anonymous token). */
  public int replaceCaseReference(String caseReference, String replacement) {
    int rows = 0;
    for (String table : List.of("case_support", "activity_measure")) {
      rows += jdbc.sql("update " + table + " set case_reference = :replacement where case_reference = :caseReference")
          .param("replacement", replacement)
          .param("caseReference", caseReference)
          .update();
    }
    return rows;
  }

}
