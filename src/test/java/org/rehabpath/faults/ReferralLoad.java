package org.rehabpath.faults;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.rehabpath.support.ApplicationNode;

/**
 * A municipal system's clients referring participants to a node without pause, each referral with
 * a reference of its own, keeping what each request got: a case (201), a refusal with its status,
 * or no answer at all (the node died under it). A client that got no answer stops, as a client does
 * that lost its server, and leaves the referral to be sent again.
 */
final class ReferralLoad implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ApplicationNode node;
  private final String prefix;
  private final List<Thread> clients;
  private volatile boolean running = true;
  /** Referrer reference to case reference, for every 201. */
  private final Map<String, String> created = new ConcurrentHashMap<>();
  /** Referrer reference to "status body", for every other answer. */
  private final Map<String, String> refused = new ConcurrentHashMap<>();
  private final List<String> unanswered = new CopyOnWriteArrayList<>();

  ReferralLoad(ApplicationNode node, String prefix, int clientCount) {
    this.node = node;
    this.prefix = prefix;
    this.clients = IntStream.range(0, clientCount)
        .mapToObj(client -> new Thread(() -> refer(client), prefix + "-client-" + client))
        .toList();
    clients.forEach(Thread::start);
  }

  /** The referral of participant {@code reference} from social assistance, as the integration API takes it. */
  static String body(String reference) {
    return """
        {"serviceSite": "borlange",
         "referrer": {"service": "social-assistance", "reference": "%s"},
         "participant": {"firstName": "Aino", "lastName": "Virtanen", "birthYear": 1988,
                         "gender": "FEMALE", "educationLevel": "ISCED_2",
                         "labourMarketStatus": "LONG_TERM_UNEMPLOYED"},
         "consentGiven": true}""".formatted(reference);
  }

  static String caseReference(HttpResponse<String> response) throws IOException {
    return JSON.readTree(response.body()).get("caseReference").asText();
  }

  private void refer(int client) {
    for (int n = 1; running; n++) {
      String reference = "%s-%d-%04d".formatted(prefix, client, n);
      try {
        HttpResponse<String> response = node.post("integration", "/api/referrals", body(reference));
        if (response.statusCode() == 201) {
          created.put(reference, caseReference(response));
        } else {
          refused.put(reference, response.statusCode() + " " + response.body());
        }
      } catch (IOException noAnswer) {
        unanswered.add(reference);
        return;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  int createdCount() {
    return created.size();
  }

  int refusedCount() {
    return refused.size();
  }

  Map<String, String> created() {
    return Map.copyOf(created);
  }

  Map<String, String> refused() {
    return Map.copyOf(refused);
  }

  List<String> unanswered() {
    return List.copyOf(unanswered);
  }

  /** Counts and the first refusal, for failure messages. */
  String summary() {
    return "%d referrals created, %d refused (%s), %d unanswered".formatted(created.size(), refused.size(),
        refused.values().stream().findFirst().orElse("none"), unanswered.size());
  }

  /** Stops the clients after their current request. */
  @Override
  public void close() throws InterruptedException {
    running = false;
    for (Thread client : clients) {
      client.join(60_000);
    }
  }
}
