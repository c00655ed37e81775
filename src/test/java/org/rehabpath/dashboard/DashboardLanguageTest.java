package org.rehabpath.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.rehabpath.support.IntegrationTest;
import org.rehabpath.support.WebappSession;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard in the language of the manager's browser: its words, its months and its euro amounts
 * (Swedish, Italian, Finnish, English otherwise), and its refusals; the API's figures stay English.
 */
@IntegrationTest
class DashboardLanguageTest {

  private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
  private static final String PERIOD = "/dashboard?serviceSite=borlange&from=2026-01&to=2026-03";
  private static final String NBSP = "\u00a0";

  @LocalServerPort int port;
  @org.springframework.beans.factory.annotation.Autowired org.springframework.boot.test.web.client.TestRestTemplate rest;

  private HttpResponse<String> page(String path, String language) throws Exception {
    WebappSession manager = WebappSession.signIn("http://localhost:" + port, "manager");
    return language == null ? manager.get(path, BROWSER) : manager.get(path, BROWSER, "Accept-Language", language);
  }

  @Test
  void swedish() throws Exception {
    String page = page(PERIOD, "sv-SE,sv;q=0.9,en-US;q=0.8,en;q=0.7").body();
    assertThat(page).contains("<html lang=\"sv\"", "<h1>Programöversikt</h1>", ">Logga ut</button>",
            "Verksamheter: <strong>Borlänge</strong>", ">Alla mina verksamheter</a>", ">öppna ärenden</div>",
            "<h2>Öppna ärenden per fas</h2>", "<h2>Ärenden per insatsspår</h2>", "<h2>Platser på praktikplatserna</h2>",
            "<h2>Utbetald praktikersättning per månad</h2>", ">Ärenden med uppehåll nu, per orsak</h2>",
            ">Sjukhusvistelse</div>", ">Föräldraledighet</div>", ">Inte påbörjat</div>", "närmare arbetsmarknaden",
            "<div>jan. 2026</div>", "<div>mars 2026</div>", "title=\"jan. 2026: 0,00" + NBSP + "€\"")
        .as("the chart's English title stays its id for scripts").contains("data-chart=\"Open cases by phase\"");
    assertNoEnglish(page);
  }

  @Test
  void italian() throws Exception {
    String page = page(PERIOD, "it-IT,it;q=0.9").body();
    assertThat(page).contains("<html lang=\"it\"", "<h1>Cruscotto del programma</h1>", ">Esci</button>",
        ">percorsi aperti</div>", "<h2>Percorsi aperti per fase</h2>", "<h2>Percorsi per percorso di intervento</h2>",
        "<h2>Borsa lavoro pagata per mese</h2>", ">Ricovero ospedaliero</div>", ">Non avviato</div>",
        "<div>gen 2026</div>", "<div>mar 2026</div>", "title=\"gen 2026: 0,00" + NBSP + "€\"");
    assertNoEnglish(page);
  }

  @Test
  void finnish() throws Exception {
    String page = page(PERIOD, "fi").body();
    assertThat(page).contains("<html lang=\"fi\"", "<h1>Hankkeen koontinäyttö</h1>", ">Kirjaudu ulos</button>",
        ">avointa asiakkuutta</div>", "<h2>Avoimet asiakkuudet vaiheittain</h2>", "<h2>Asiakkuudet polun mukaan</h2>",
        "<h2>Maksettu työosuusraha kuukausittain</h2>", ">Sairaalahoito</div>", ">Ei aloitettu</div>",
        "<div>tammi 2026</div>", "<div>maalis 2026</div>", "title=\"tammi 2026: 0,00" + NBSP + "€\"");
    assertNoEnglish(page);
  }

  @Test
  void englishWithoutALanguageOrWithAnotherOne() throws Exception {
    for (String language : new String[] {null, "de-DE,de;q=0.9", "en-GB"}) {
      String page = page(PERIOD, language).body();
      assertThat(page).as(language).contains("<html lang=\"en\"", "<h1>Programme dashboard</h1>", ">Log out</button>",
          "<h2>Open cases by phase</h2>", "<h2>Work grants paid per month</h2>", ">Hospital stay</div>",
          "<div>Jan 2026</div>", "title=\"Jan 2026: €0.00\"");
    }
  }

  @Test
  void aRefusalIsSaidInTheLanguageOfTheBrowser() throws Exception {
    HttpResponse<String> badPeriod = page("/dashboard?from=2026-06&to=2026-01", "sv");
    assertThat(badPeriod.statusCode()).isEqualTo(400);
    assertThat(badPeriod.body()).contains("Översikten kan inte visa detta", "&#39;Från&#39; (2026-06) ligger efter &#39;till&#39; (2026-01)",
        "Tillbaka till översikten").doesNotContain("is after", "Back to the dashboard");
    assertThat(page("/dashboard?from=2020-01&to=2026-01", "it").body())
        .contains("Il cruscotto mostra al massimo 36 mesi alla volta", "Torna al cruscotto");
    assertThat(page("/dashboard?from=2026-13", "fi").body()).contains("Kentän &#39;from&#39; on oltava kuukausi");

    HttpResponse<String> notAManager = WebappSession.signIn("http://localhost:" + port, "sw-borlange")
        .get("/dashboard", BROWSER, "Accept-Language", "fi-FI");
    assertThat(notAManager.statusCode()).isEqualTo(403);
    assertThat(notAManager.body()).contains("Et voi nähdä hankkeen koontinäyttöä",
        "Olet kirjautunut käyttäjänä <strong>sw-borlange</strong>.", "Roolisi ei voi lukea hankkeen koontinäyttöä.")
        .doesNotContain("Your role");
  }

  @Test
  void theSignInPageIsInTheLanguageOfTheBrowser() {
    org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
    headers.set("Accept-Language", "it-IT,it;q=0.9");
    headers.set("Accept", BROWSER);
    var page = rest.exchange("/dashboard?signedOut", org.springframework.http.HttpMethod.GET,
        new org.springframework.http.HttpEntity<>(headers), String.class);
    assertThat(page.getStatusCode().value()).isEqualTo(401);
    assertThat(page.getBody()).contains("<html lang=\"it\"", "<h1>Cruscotto del programma</h1>", "Sei uscito.",
        ">Accedi a Tasklist</a>, poi riapri questa pagina.").doesNotContain("Sign in");
  }

  @Test
  void theApiKeepsItsEnglishWordsAndCodes() throws Exception {
    org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
    headers.set("Accept-Language", "sv");
    var figures = rest.withBasicAuth("manager", "demo").exchange("/api/dashboard?serviceSite=borlange",
        org.springframework.http.HttpMethod.GET, new org.springframework.http.HttpEntity<>(headers), String.class);
    assertThat(figures.getStatusCode().value()).isEqualTo(200);
    assertThat(figures.getBody()).contains("\"title\":\"Open cases by phase\"", "\"label\":\"Hospital stay\"")
        .doesNotContain("Öppna ärenden");
  }

  /** Words of the English page that must not be left in a translated one. */
  private static void assertNoEnglish(String page) {
    assertThat(page).doesNotContain(">Programme dashboard<", ">Log out<", ">open cases<", "Open cases by phase</h2>",
        ">Hospital stay<", ">Not started<", "<div>Jan 2026</div>", "EUR", "Nothing to show yet", "monthly figures",
        "closer to the labour market");
  }
}
