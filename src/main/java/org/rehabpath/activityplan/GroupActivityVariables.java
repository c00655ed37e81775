package org.rehabpath.activityplan;

import static org.rehabpath.variables.ProcessVariable.*;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.rehabpath.variables.ProcessVariable;

/**
 * Contract of {@code group-activity}: a group measure of a service site, started from Tasklist by the
 * person who runs it, with a session a week whose attendance is recorded for all members at once.
 */
public final class GroupActivityVariables {

  public static final String PROCESS_KEY = "group-activity";
  /** The kind of measure a group started from Tasklist is (table measure_kind). */
  public static final String GROUP_KIND = "GROUP_ACTIVITY";

  public static final ProcessVariable<String> GROUP_NAME = text("groupName");
  public static final ProcessVariable<LocalDate> FIRST_SESSION_DATE = date("firstSessionDate");
  public static final ProcessVariable<Integer> SESSION_COUNT = wholeNumber("sessionCount");
  /** The row of the group (table group_activity). */
  public static final ProcessVariable<Long> GROUP_ACTIVITY_ID = id("groupActivityId");
  /** Who started the group and records its sessions. */
  public static final ProcessVariable<String> GROUP_LEADER = text("groupLeader");
  /** The session to record next, from 1. */
  public static final ProcessVariable<Integer> SESSION_NUMBER = wholeNumber("sessionNumber");
  /** When the next session's task opens: the morning of its day. */
  public static final ProcessVariable<Date> NEXT_SESSION_AT = moment("nextSessionAt");
  /** The members as {label, value} options of the attendance checklist. */
  public static final ProcessVariable<Object> MEMBER_OPTIONS = value("memberOptions");
  /** The case references of the members present. */
  public static final ProcessVariable<List<String>> MEMBERS_PRESENT = codes("membersPresent");
  public static final ProcessVariable<LocalDate> SESSION_HELD_ON = date("sessionHeldOn");
  /** Whether sessions remain after the one just recorded. */
  public static final ProcessVariable<Boolean> MORE_SESSIONS = flag("moreSessions");

  /** The variables of {@code group-activity}: its own, and the service site its start form may name. */
  public static org.rehabpath.variables.ProcessContract contract() {
    return org.rehabpath.variables.ProcessContract.of(PROCESS_KEY, GroupActivityVariables.class)
        .with(org.rehabpath.variables.CaseVariables.SERVICE_SITE);
  }

  private GroupActivityVariables() {}
}
