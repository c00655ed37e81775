package org.rehabpath.activityplan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group measures of a service site (a language group, a job club) with their sessions and each
 * member's attendance (tables {@code group_activity}, {@code group_session}, {@code group_attendance}).
 * A participant is a member through a measure of their activity plan that names the group.
 */
@Repository
public class GroupActivities {

  public record GroupActivity(long id, String serviceSite, String name, String kind, String ledBy,
      LocalDate firstSession, int sessions) {}

  /** One session held, with the members present and absent. */
  public record Session(int number, LocalDate heldOn, List<String> present, List<String> absent) {}

  private final JdbcClient jdbc;
  private final TransactionTemplate savepoint;

  GroupActivities(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactionManager);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  public long create(GroupActivity group, String processInstanceId) {
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("insert into group_activity (service_site, name, kind, led_by, first_session, sessions, process_instance_id)"
            + " values (:site, :name, :kind, :ledBy, :firstSession, :sessions, :processInstanceId)")
        .param("site", group.serviceSite())
        .param("name", group.name())
        .param("kind", group.kind())
        .param("ledBy", group.ledBy())
        .param("firstSession", group.firstSession())
        .param("sessions", group.sessions())
        .param("processInstanceId", processInstanceId)
        .update(keys, "id");
    return keys.getKey().longValue();
  }

  public Optional<GroupActivity> find(long id) {
    return jdbc.sql("select id, service_site, name, kind, led_by, first_session, sessions from group_activity where id = :id")
        .param("id", id)
        .query(GroupActivities::map)
        .optional();
  }

  /** The groups of the site that still have sessions to hold, for a follow-up's choice. */
  public List<GroupActivity> running(String serviceSite) {
    return jdbc.sql("select g.id, g.service_site, g.name, g.kind, g.led_by, g.first_session, g.sessions from group_activity g"
            + " where g.service_site = :site and (select count(*) from group_session s where s.group_activity_id = g.id) < g.sessions"
            + " order by g.name")
        .param("site", serviceSite)
        .query(GroupActivities::map)
        .list();
  }

  /** The running groups of the site as {label, value} options of a select. */
  public List<Map<String, Object>> options(String serviceSite) {
    return running(serviceSite).stream()
        .map(group -> Map.<String, Object>of("label", group.name() + " (from " + group.firstSession() + ")",
            "value", String.valueOf(group.id())))
        .toList();
  }

  /**
   * Records one session: every member present or absent. A task records once (a retried job or a
   * repeated listener finds it there).
   */
  public void recordSession(long groupId, int number, LocalDate heldOn, String taskId, String by,
      List<String> members, List<String> present) {
    try {
      savepoint.executeWithoutResult(status -> {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into group_session (group_activity_id, session_number, held_on, task_id, recorded_by)"
                + " values (:group, :number, :heldOn, :taskId, :by)")
            .param("group", groupId)
            .param("number", number)
            .param("heldOn", heldOn)
            .param("taskId", taskId)
            .param("by", by)
            .update(keys, "id");
        long session = keys.getKey().longValue();
        for (String member : members) {
          jdbc.sql("insert into group_attendance (session_id, case_reference, present) values (:session, :member, :present)")
              .param("session", session)
              .param("member", member)
              .param("present", present.contains(member))
              .update();
        }
      });
    } catch (DuplicateKeyException alreadyRecorded) {
      // The session of this task (or its number) is already recorded: nothing to add.
    }
  }

  public List<Session> sessions(long groupId) {
    List<Object[]> rows = jdbc.sql("select s.session_number, s.held_on, a.case_reference, a.present from group_session s"
            + " left join group_attendance a on a.session_id = s.id where s.group_activity_id = :group"
            + " order by s.session_number, a.case_reference")
        .param("group", groupId)
        .query((row, n) -> new Object[] {row.getInt(1), row.getObject(2, LocalDate.class), row.getString(3),
            row.getObject(4) == null ? null : row.getBoolean(4)})
        .list();
    Map<Integer, Session> sessions = new java.util.LinkedHashMap<>();
    for (Object[] row : rows) {
      Session session = sessions.computeIfAbsent((Integer) row[0],
          number -> new Session(number, (LocalDate) row[1], new java.util.ArrayList<>(), new java.util.ArrayList<>()));
      if (row[2] != null) {
        (Boolean.TRUE.equals(row[3]) ? session.present() : session.absent()).add((String) row[2]);
      }
    }
    return List.copyOf(sessions.values());
  }

  /** Puts the attendance of a case under another reference (an erased case's anonymous token). */
  public int replaceCaseReference(String caseReference, String replacement) {
    return jdbc.sql("update group_attendance set case_reference = :replacement where case_reference = :caseReference")
        .param("replacement", replacement)
        .param("caseReference", caseReference)
        .update();
  }

  private static GroupActivity map(java.sql.ResultSet row, int n) throws java.sql.SQLException {
    return new GroupActivity(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
        row.getObject(6, LocalDate.class), row.getInt(7));
  }
}
