package org.rehabpath.dashboard;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.YearMonth;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The programme dashboard's figures as JSON at {@code /api/dashboard} (HTTP basic, as the rest of the
 * API); the page at {@code /dashboard} is {@link DashboardPage}.
 */
@Controller
@Tag(name = "Dashboard", description = "The programme's figures for its managers")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "basic")
public class DashboardController {

  private final ProgrammeDashboard dashboard;

  public DashboardController(ProgrammeDashboard dashboard) {
    this.dashboard = dashboard;
  }

  @Operation(
      summary = "The dashboard's figures: cases by phase, pathway and target group, days in each phase, internship places, grants per month",
      responses = {
        @ApiResponse(responseCode = "200", description = "The figures of the user's service sites (or of one)"),
        @ApiResponse(responseCode = "400", description = "A bad period (months as YYYY-MM, at most 36)"),
        @ApiResponse(responseCode = "403", description = "Only programme managers, and only of their own sites")
      })
  @GetMapping(path = "/api/dashboard", produces = "application/json")
  @ResponseBody
  public DashboardFigures figures(@RequestParam(required = false) String serviceSite,
      @RequestParam(required = false) YearMonth from, @RequestParam(required = false) YearMonth to) {
    return dashboard.figures(serviceSite, from, to);
  }
}
