package org.rehabpath.activityplan;

import org.rehabpath.security.PersonalData;
import org.rehabpath.security.ReadsPersonalData;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.rehabpath.activityplan.MeasureKinds.MeasureKind;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Activity plan", description = "The parallel measures of each case, the kinds of measure and group activities")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "basic")
public class ActivityPlanController {

  private final ActivityPlans plans;

  ActivityPlanController(ActivityPlans plans) {
    this.plans = plans;
  }

  /** A participant who joins a group activity. */
  public record NewMember(String caseReference) {}

  @Operation(summary = "A case's supervisor and activity plan: each measure's kind, owner role, provider, dates and"
      + " status; a group measure with the sessions held and attended",
      responses = {
        @ApiResponse(responseCode = "200", description = "The plan"),
        @ApiResponse(responseCode = "403", description = "Host tutors and integrations do not read activity plans"),
        @ApiResponse(responseCode = "404", description = "No such case in the user's service sites")
      })
  @ReadsPersonalData(PersonalData.ACTIVITY_PLAN)
  @GetMapping("/api/cases/{caseReference}/activity-plan")
  public ActivityPlans.PlanView plan(@PathVariable String caseReference) {
    return plans.planOf(caseReference);
  }

  @Operation(summary = "The kinds of measure the programme offers")
  @GetMapping("/api/measure-kinds")
  public List<MeasureKind> kinds() {
    return plans.kinds();
  }

  @Operation(summary = "Adds a kind of measure (programme managers)",
      responses = {
        @ApiResponse(responseCode = "201", description = "Added"),
        @ApiResponse(responseCode = "400", description = "A field is missing or wrong; the problem names it"),
        @ApiResponse(responseCode = "403", description = "Only programme managers add kinds of measure"),
        @ApiResponse(responseCode = "409", description = "The code is taken")
      })
  @PostMapping("/api/measure-kinds")
  @ResponseStatus(HttpStatus.CREATED)
  public MeasureKind addKind(@RequestBody ActivityPlans.NewKind request) {
    return plans.addKind(request);
  }

  @Operation(summary = "The running group activities of the user's service sites")
  @GetMapping("/api/group-activities")
  public List<GroupActivities.GroupActivity> groups() {
    return plans.groups();
  }

  @Operation(summary = "A group activity: its members and each session's attendance")
  @ReadsPersonalData(value = PersonalData.ACTIVITY_PLAN, casesInAnswer = true)
  @GetMapping("/api/group-activities/{id}")
  public ActivityPlans.GroupView group(@PathVariable long id) {
    return plans.group(id);
  }

  @Operation(summary = "Adds a participant to a group activity of their site (social workers, project tutors)",
      responses = {
        @ApiResponse(responseCode = "200", description = "The group with its new member"),
        @ApiResponse(responseCode = "400", description = "Not an open case of the group's site"),
        @ApiResponse(responseCode = "403", description = "The user's role may not add members"),
        @ApiResponse(responseCode = "404", description = "No such group or case in the user's service sites"),
        @ApiResponse(responseCode = "409", description = "Already a member")
      })
  @PostMapping("/api/group-activities/{id}/members")
  public ActivityPlans.GroupView addMember(@PathVariable long id, @RequestBody NewMember member) {
    return plans.addMember(id, member.caseReference());
  }
}
