package org.rehabpath.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.rehabpath.support.IntegrationTest;
import org.rehabpath.support.UniqueNames;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

@IntegrationTest
class SiteApiTest {

  @Autowired TestRestTemplate rest;
  @Autowired ObjectMapper json;
  @Autowired InternshipSiteRepository sites;

  static String site(String name, String serviceSite, int places) {
    return """
        {"serviceSite": "%s", "name": "%s", "kind": "SOCIAL_COOPERATIVE_B", "sector": "Gardening",
         "address": "Parkvägen 3, Borlänge", "places": %d, "hostTutor": "host-coop",
         "targetGroups": ["B", "C"]}""".formatted(serviceSite, name, places);
  }

  static String uniqueName() {
    return UniqueNames.withLetters("Kooperativet ");
  }

  ResponseEntity<String> send(HttpMethod method, String user, String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  JsonNode body(ResponseEntity<String> response) throws Exception {
    return json.readTree(response.getBody());
  }

  @Test
  void aManagerRegistersReadsAndChangesASite() throws Exception {
    String name = uniqueName();
    ResponseEntity<String> created = send(HttpMethod.POST, "manager", "/api/sites", site(name, "borlange", 3));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long id = body(created).get("id").asLong();
    assertThat(created.getHeaders().getLocation()).hasToString("/api/sites/" + id);
    assertThat(body(created).get("freePlaces").asInt()).isEqualTo(3);
    assertThat(body(created).get("targetGroups").toString()).isEqualTo("[\"B\",\"C\"]");
    assertThat(body(created).get("active").asBoolean()).as("active by default").isTrue();

    ResponseEntity<String> changed = send(HttpMethod.PUT, "manager", "/api/sites/" + id,
        site(name, "borlange", 5).replace("\"targetGroups\": [\"B\", \"C\"]", "\"targetGroups\": [\"C\"], \"active\": false"));
    assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(body(changed).get("places").asInt()).isEqualTo(5);
    assertThat(body(changed).get("active").asBoolean()).isFalse();

    assertThat(body(send(HttpMethod.GET, "manager", "/api/sites", null)).findValuesAsText("name")).contains(name);
    assertThat(body(send(HttpMethod.GET, "manager", "/api/sites/" + id, null)).get("targetGroups").toString()).isEqualTo("[\"C\"]");
  }

  @Test
  void placesCannotGoBelowThePlacesTaken() throws Exception {
    String name = uniqueName();
    long id = body(send(HttpMethod.POST, "manager", "/api/sites", site(name, "borlange", 2))).get("id").asLong();
    assertThat(sites.takePlace(id)).isTrue();
    assertThat(sites.takePlace(id)).isTrue();
    assertThat(sites.takePlace(id)).as("a full site takes no more").isFalse();

    ResponseEntity<String> shrunk = send(HttpMethod.PUT, "manager", "/api/sites/" + id, site(name, "borlange", 1));
    assertThat(shrunk.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(body(shrunk).get("errors").findValuesAsText("field")).containsExactly("places");
    assertThat(sites.findById(id).orElseThrow().places()).isEqualTo(2);
  }

  @Test
  void aSecondSiteWithTheSameNameIsAConflict() throws Exception {
    String name = uniqueName();
    send(HttpMethod.POST, "manager", "/api/sites", site(name, "borlange", 1));
    assertThat(send(HttpMethod.POST, "manager", "/api/sites", site(name, "borlange", 1)).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void badRequestsNameTheirFields() throws Exception {
    ResponseEntity<String> bad = send(HttpMethod.POST, "manager", "/api/sites",
        "{\"serviceSite\": \"borlange\", \"name\": \"<script>\", \"kind\": \"CASTLE\", \"places\": -1, \"targetGroups\": []}");
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getHeaders().getContentType()).hasToString("application/problem+json");
    assertThat(body(bad).get("errors").findValuesAsText("field")).containsExactly("kind");

    bad = send(HttpMethod.POST, "manager", "/api/sites",
        "{\"serviceSite\": \"borlange\", \"name\": \"<script>\", \"kind\": \"PUBLIC_BODY\", \"places\": -1, \"targetGroups\": []}");
    assertThat(body(bad).get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("name", "places", "targetGroups");

    assertThat(body(send(HttpMethod.POST, "manager", "/api/sites", site(uniqueName(), "atlantis", 1)))
        .get("errors").findValuesAsText("field")).containsExactly("serviceSite");
    assertThat(body(send(HttpMethod.POST, "manager", "/api/sites", site(uniqueName(), "borlange", 1).replace("host-coop", "nobody")))
        .get("errors").findValuesAsText("field")).containsExactly("hostTutor");
  }

  @Test
  void onlyProgrammeManagersOfTheSiteKeepTheRegister() throws Exception {
    long id = body(send(HttpMethod.POST, "manager", "/api/sites", site(uniqueName(), "borlange", 1))).get("id").asLong();
    assertThat(send(HttpMethod.GET, "lmo-borlange", "/api/sites", null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(send(HttpMethod.POST, "host-coop", "/api/sites", site(uniqueName(), "borlange", 1)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(send(HttpMethod.POST, "integration", "/api/sites", site(uniqueName(), "borlange", 1)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity("/api/sites/" + id, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(send(HttpMethod.GET, "manager", "/api/sites/999999999", null).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }
}
