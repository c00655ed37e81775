package org.rehabpath.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/reports/esf")
@Tag(name = "ESF+ report", description = "ESF+ common indicators for participants, counts only")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "basic")
public class EsfReportController {

  static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final EsfReportService reports;

  public EsfReportController(EsfReportService reports) {
    this.reports = reports;
  }

  @Operation(summary = "ESF+ indicators of the user's service sites for the months from..to (JSON); "
      + "a suppressed cell is null")
  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  public EsfReport report(
      @Parameter(example = "2026-01", description = "first month, default January of this year") @RequestParam(required = false) YearMonth from,
      @Parameter(example = "2026-12", description = "last month, default this month") @RequestParam(required = false) YearMonth to,
      @Parameter(example = "borlange", description = "one service site; default all of the user's") @RequestParam(required = false) String serviceSite) {
    return reports.report(orStartOfYear(from), orThisMonth(to), serviceSite);
  }

  @Operation(summary = "The same report as CSV (Accept: text/csv); a suppressed cell is empty")
  @GetMapping(produces = "text/csv")
  public ResponseEntity<String> csv(@RequestParam(required = false) YearMonth from,
      @RequestParam(required = false) YearMonth to, @RequestParam(required = false) String serviceSite) {
    EsfReport report = report(from, to, serviceSite);
    return ResponseEntity.ok()
        .contentType(CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"esf-indicators-%s-%s.csv\"".formatted(report.from(), report.to()))
        .body(EsfReportCsv.write(report));
  }

  private static YearMonth orStartOfYear(YearMonth from) {
    return from != null ? from : YearMonth.now().withMonth(1);
  }

  private static YearMonth orThisMonth(YearMonth to) {
    return to != null ? to : YearMonth.now();
  }
}
