package org.rehabpath.dashboard;

import org.rehabpath.support.CaseWalker;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rehabpath.support.IntegrationTest;
import org.rehabpath.support.WebappSession;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard as a manager's browser sees it: the period picker, a refusal in plain words (never
 * the API's JSON, unless JSON is asked for), and a log-out that ends the webapps' session.
 */
@IntegrationTest
class DashboardPageTest {

  private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

  @LocalServerPort int port;
  @org.springframework.beans.factory.annotation.Autowired org.springframework.boot.test.web.client.TestRestTemplate rest;
  @org.springframework.beans.factory.annotation.Autowired org.camunda.bpm.engine.ProcessEngine engine;

  private WebappSession signIn(String user) throws Exception {
    return WebappSession.signIn("http://localhost:" + port, user);
  }

  /** A routed case's pathway and target group in words on the page; the API keeps the codes. */
  @Test
  void pathwaysAndTargetGroupsAreShownInWords() throws Exception {
    CaseWalker walker = CaseWalker.refer(rest, engine, "Aino", true);
    walker.includeAtSelection();
    walker.inventoryResources(true, 3, false);
    walker.confirmPathway();

    WebappSession manager = signIn("manager");
    String page = manager.get("/dashboard?serviceSite=borlange", BROWSER).body();
    assertThat(page).contains(">Work rehabilitation</div>", ">B - moderate difficulties</div>")
        .doesNotContain(">WORK_REHABILITATION</div>", ">B</div>");
    assertThat(manager.get("/dashboard", BROWSER).body()).as("a link per site, by its name")
        .containsPattern("serviceSite=borlange[^>]*>Borlänge</a>").containsPattern("serviceSite=falun[^>]*>Falun</a>");
  }

  @Test
  void thePeriodPickerChoosesTheMonthsShown() throws Exception {
    WebappSession manager = signIn("manager");
    HttpResponse<String> page = manager.get("/dashboard?from=2025-02&to=2025-04&serviceSite=borlange", BROWSER);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("<form class=\"period\" method=\"get\" action=\"/dashboard\">")
        .contains("name=\"from\" value=\"2025-02\"", "name=\"to\" value=\"2025-04\"")
        .contains("<input type=\"hidden\" name=\"serviceSite\" value=\"borlange\">")
        .as("the site by its name").contains("Service sites: <strong>Borlänge</strong>")

        .as("months by name, as staff read them")
        .contains("<div>Feb 2025</div>", "<div>Mar 2025</div>", "<div>Apr 2025</div>")
        .doesNotContain("<div>Jan 2025</div>", "<div>May 2025</div>", "<div>25-02</div>");
    // The form's fields left empty: the default period, the last twelve months.
    HttpResponse<String> empty = manager.get("/dashboard?serviceSite=&from=&to=", BROWSER);
    assertThat(empty.statusCode()).isEqualTo(200);
    assertThat(Pattern.compile("<div>[A-Z][a-z]{2} \\d{4}</div>").matcher(empty.body()).results().count())
        .as("twelve months under each of the two grant charts, paid and due").isEqualTo(24);
  }

  @Test
  void aBadPeriodIsAPageSayingWhatIsWrong() throws Exception {
    WebappSession manager = signIn("manager");
    for (String query : List.of("from=2026-06&to=2026-01", "from=2026-13&to=2026-12", "from=2020-01&to=2026-01", "serviceSite=atlantis")) {
      HttpResponse<String> page = manager.get("/dashboard?" + query, BROWSER);
      assertThat(page.statusCode()).as(query).isEqualTo(400);
      assertThat(page.headers().firstValue("Content-Type")).as(query).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
      assertThat(page.body()).as(query).contains("The dashboard cannot show this", "Back to the dashboard");
    }
    assertThat(manager.get("/dashboard?from=2026-06&to=2026-01", BROWSER).body()).contains("&#39;from&#39; (2026-06) is after &#39;to&#39; (2026-01)");
    assertThat(manager.get("/dashboard?from=2026-13", BROWSER).body()).contains("&#39;from&#39; must be a month such as 2026-03");
  }

  @Test
  void someoneWhoIsNotAManagerIsToldSoInPlainWords() throws Exception {
    for (String user : List.of("sw-borlange", "doctor-borlange", "team-borlange", "host-coop", "demo")) {
      WebappSession session = signIn(user);
      HttpResponse<String> page = session.get("/dashboard", BROWSER);
      assertThat(page.statusCode()).as(user).isEqualTo(403);
      assertThat(page.headers().firstValue("Content-Type")).as(user).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
      assertThat(page.body()).as(user).contains("You may not see the programme dashboard", "signed in as <strong>" + user + "</strong>", "Log out")
          .doesNotContain("\"status\"");
      HttpResponse<String> json = session.get("/dashboard", "application/json");
      assertThat(json.statusCode()).as(user).isEqualTo(403);
      assertThat(json.headers().firstValue("Content-Type")).as(user).hasValue("application/problem+json");
      assertThat(json.body()).as(user).contains("\"status\":403");
    }
    // A manager is refused a site that is not theirs as such, not as a role that may not read the dashboard.
    HttpResponse<String> notOwn = signIn("manager").get("/dashboard?serviceSite=ludvika", BROWSER);
    assertThat(notOwn.body()).doesNotContain("You may not see the programme dashboard");
  }

  @Test
  void logOutEndsTheWebappsSession() throws Exception {
    WebappSession manager = signIn("manager");
    HttpResponse<String> page = manager.get("/dashboard", BROWSER);
    assertThat(page.body()).contains("action=\"/dashboard/logout\"", ">Log out</button>");
    Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(page.body());
    assertThat(token.find()).isTrue();

    assertThat(manager.postForm("/dashboard/logout", "token=forged").statusCode()).as("another page's form").isEqualTo(403);
    assertThat(manager.get("/dashboard", BROWSER).statusCode()).as("still signed in").isEqualTo(200);

    HttpResponse<String> loggedOut = manager.postForm("/dashboard/logout", "token=" + token.group(1));
    assertThat(loggedOut.statusCode()).isEqualTo(303);
    assertThat(loggedOut.headers().firstValue("Location")).hasValue("/dashboard?signedOut");
    HttpResponse<String> signIn = manager.get("/dashboard?signedOut", BROWSER);
    assertThat(signIn.statusCode()).isEqualTo(401);
    assertThat(signIn.headers().firstValue("WWW-Authenticate")).as("no browser login dialog").isEmpty();
    assertThat(signIn.body()).contains("You have signed out", "Sign in to Tasklist");
    assertThat(manager.get("/camunda/api/admin/auth/user/default").statusCode()).as("Tasklist's sign-in ended too").isNotEqualTo(200);
    assertThat(manager.get(WebappSession.ENGINE_API + "/task/count").statusCode()).as("the webapps' engine API").isEqualTo(401);
  }
}
