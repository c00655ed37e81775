package org.rehabpath.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * The OpenAPI description of the project's own API ({@code /v3/api-docs}, Swagger UI). Every error
 * is described as the {@link ApiProblemHandler} sends it, an RFC 9457 problem, not as the call's
 * answer (the description generator would give an error the success's schema); the tags come in the
 * order an integration meets them; the server is this one, whatever address it is reached at.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

  static final String PROBLEM_JSON = "application/problem+json";
  static final String PROBLEM = "Problem";

  /**
   * The tags in the order Swagger UI lists them: an integration's calls first (refer, then follow the
   * case, then erase), the programme managers' after; a tag not named here comes last.
   */
  static final List<String> TAG_ORDER = List.of("Referrals", "Case status", "Case steps", "Participant erasure",
      "Internship sites", "Step ladder", "Work-grant payments", "ESF+ report", "Dashboard");

  @Bean
  OpenAPI rehabPathwayApi() {
    return new OpenAPI()
        .info(new Info()
            .title("Rehab Pathway API")
            .version("1")
            .description("Referrals and case status for municipal case-management and social-assistance "
                + "systems. Authenticate with a bearer token of the organisation's identity provider (client "
                + "credentials; role and service sites in its claims), or, where the operator allows it, HTTP basic "
                + "as a user of the integrations group. An integration "
                + "refers a participant (Referrals), follows the case it opened (Case status, Case steps) and, "
                + "on the participant's request, has a programme manager erase it (Participant erasure). Every "
                + "error is an RFC 9457 problem (application/problem+json)."))
        .servers(List.of(new Server().url("/").description("This server")))
        .components(new Components()
            .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("JWT"))
            .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")));
  }

  @Bean
  OpenApiCustomizer problemsAndOrder() {
    return api -> {
      // Added here, not to the bean: the generator drops the schemas no call refers to before customizers run.
      api.getComponents().addSchemas(PROBLEM, problemSchema());
      if (api.getPaths() != null) {
        api.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> describeErrors(path, operation)));
        api.setPaths(inTagOrder(api.getPaths()));
      }
      if (api.getTags() != null) {
        api.setTags(api.getTags().stream().sorted(Comparator.comparing(Tag::getName, OpenApiConfiguration::compareTags)).toList());
      }
    };
  }

  /**
   * Each error answer as it is sent: a problem, 401 too (sent by the authentication, before the API,
   * with the schemes accepted); and every call may meet 401, 500 and 503 (the database unreachable).
   */
  private static void describeErrors(String path, Operation operation) {
    ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
    responses.putIfAbsent("401", new ApiResponse().description("No or wrong credentials"));
    responses.putIfAbsent("500", new ApiResponse().description("An unexpected error; nothing was changed, the error is logged"));
    responses.putIfAbsent("503", new ApiResponse()
        .description("The database cannot be reached; nothing was read or saved. Retry after the seconds of Retry-After")
        .addHeaderObject("Retry-After", new Header().description("seconds to wait").schema(new IntegerSchema())));
    ApiResponses inOrder = new ApiResponses();
    responses.keySet().stream().sorted(Comparator.comparing((String code) -> "default".equals(code)).thenComparing(code -> code))
        .forEach(code -> inOrder.addApiResponse(code, responses.get(code)));
    inOrder.forEach((code, response) -> {
      if (code.matches("[45]\\d\\d")) {
        if ("401".equals(code)) {
          response.addHeaderObject("WWW-Authenticate", new Header()
              .description("the schemes accepted: Bearer, and Basic realm=\"default\" where allowed").schema(new StringSchema()));
        }
        if (response.getContent() == null || !response.getContent().containsKey(PROBLEM_JSON)) {
          response.setContent(new Content().addMediaType(PROBLEM_JSON, new MediaType()
              .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))
              .example(example(Integer.parseInt(code), response.getDescription(), path))));
        }
      }
    });
    operation.setResponses(inOrder);
  }

  /** The problem as sent for this status: the schema's own example would show a 400's fields on every error. */
  private static Map<String, Object> example(int status, String description, String path) {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", status == 400 ? "Invalid request" : HttpStatus.valueOf(status).getReasonPhrase());
    problem.put("status", status);
    problem.put("detail", description);
    problem.put("instance", path);
    if (status == 400) {
      problem.put("errors", List.of(Map.of("field", "the field at fault", "message", "what is wrong with it")));
    }
    return problem;
  }

  private static Schema<?> problemSchema() {
    Schema<?> error = new ObjectSchema()
        .description("One thing at fault: a field of the request, or a cell of an imported CSV file")
        .addProperty("field", new StringSchema().description("the field's JSON path").example("participant.birthYear"))
        .addProperty("line", new IntegerSchema().description("CSV import: the file's line"))
        .addProperty("column", new StringSchema().description("CSV import: the column"))
        .addProperty("message", new StringSchema().description("what is wrong with it").example("must be a whole number"));
    return new ObjectSchema()
        .description("An RFC 9457 problem: what was refused and why. Some refusals add a field of their own, named"
            + " in the answer's description (a referral received before: caseReference).")
        .addProperty("type", new StringSchema().example("about:blank"))
        .addProperty("title", new StringSchema().description("the kind of problem").example("Invalid request"))
        .addProperty("status", new IntegerSchema().description("the HTTP status").example(400))
        .addProperty("detail", new StringSchema().description("what went wrong, in words a person can act on")
            .example("participant.birthYear: must be a whole number"))
        .addProperty("instance", new StringSchema().description("the path asked for").example("/api/referrals"))
        .addProperty("errors", new ArraySchema().items(error)
            .description("400 Invalid request: each field at fault (CSV import: each cell)"))
        .required(List.of("title", "status"));
  }

  private static Paths inTagOrder(Paths paths) {
    Paths ordered = new Paths();
    paths.entrySet().stream()
        .sorted(Comparator.<Map.Entry<String, PathItem>>comparingInt(path -> rank(path.getValue()))
            .thenComparing(Map.Entry::getKey))
        .forEach(path -> ordered.addPathItem(path.getKey(), path.getValue()));
    return ordered;
  }

  private static int rank(PathItem path) {
    return path.readOperations().stream()
        .flatMap(operation -> operation.getTags() == null ? java.util.stream.Stream.<String>empty() : operation.getTags().stream())
        .mapToInt(OpenApiConfiguration::rank).min().orElse(TAG_ORDER.size());
  }

  private static int rank(String tag) {
    int rank = TAG_ORDER.indexOf(tag);
    return rank < 0 ? TAG_ORDER.size() : rank;
  }

  private static int compareTags(String a, String b) {
    return rank(a) != rank(b) ? Integer.compare(rank(a), rank(b)) : a.compareTo(b);
  }
}
