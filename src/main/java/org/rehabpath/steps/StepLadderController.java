package org.rehabpath.steps;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.rehabpath.steps.StepLadder.Step;
import org.rehabpath.steps.StepLadders.LadderRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/step-ladder")
@Tag(name = "Step ladder", description = "The programme's ordered steps toward work, studies or self-support")
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "basic")
public class StepLadderController {

  private final StepLadders ladders;

  public StepLadderController(StepLadders ladders) {
    this.ladders = ladders;
  }

  /** One step as the API shows it; order 1 is the lowest. */
  public record StepView(String code, String label, int order, boolean closerToLabourMarket) {}

  /** The ladder, lowest step first. */
  public record LadderView(List<StepView> steps) {
    static LadderView of(StepLadder ladder) {
      List<StepView> steps = new ArrayList<>();
      for (Step step : ladder.steps()) {
        steps.add(new StepView(step.code(), step.label(), steps.size() + 1, step.closerToLabourMarket()));
      }
      return new LadderView(steps);
    }
  }

  @Operation(summary = "The step ladder in force, lowest step first (every authenticated user)")
  @GetMapping
  public LadderView get() {
    return LadderView.of(ladders.read());
  }

  @Operation(
      summary = "Replace the whole step ladder, lowest step first (programme managers)",
      responses = {
        @ApiResponse(responseCode = "200", description = "The new ladder"),
        @ApiResponse(responseCode = "400", description = "Fewer than 2 steps, a code not matching [A-Z][A-Z0-9_]*"
            + " or given twice, a blank label: each field named"),
        @ApiResponse(responseCode = "403", description = "Only programme managers change the ladder"),
        @ApiResponse(responseCode = "409", description = "A step left out is recorded for some case")
      })
  @PutMapping
  public LadderView replace(@RequestBody LadderRequest request) {
    return LadderView.of(ladders.replace(request));
  }
}
