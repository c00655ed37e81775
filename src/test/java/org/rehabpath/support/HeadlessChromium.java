package org.rehabpath.support;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven through its chromedriver. Skips the test (with a message) where
 * they are not installed, and fails it with {@code CI=true}, where .ci/run installs them.
 */
public final class HeadlessChromium {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private HeadlessChromium() {}

  public static WebDriver start() throws Exception {
    return start(null);
  }

  /**
   * A browser set to a language, as a user's is: {@code sv-SE} sends {@code Accept-Language: sv-SE,sv}
   * and reports Swedish to the page's scripts ({@code navigator.languages}).
   */
  public static WebDriver start(String language) throws Exception {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException("CI=true requires Debian's chromium and chromium-driver (.ci/run installs them)");
    }
    Assumptions.assumeTrue(installed,
        "SKIPPED browser test: install Debian's chromium and chromium-driver to run it");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1400,1200", "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
    if (language != null) {
      String primary = language.split("-")[0];
      options.addArguments("--lang=" + language);
      options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language + "," + primary));
    }
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    if (language != null) {
      // The page's Intl (form-js reads the date order from it) as a user's browser of that language
      // has it; headless Chromium keeps the machine's otherwise.
      driver.executeCdpCommand("Emulation.setLocaleOverride", java.util.Map.of("locale", language));
    }
    return driver;
  }
}
