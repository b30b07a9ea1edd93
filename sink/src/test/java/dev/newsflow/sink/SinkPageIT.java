package dev.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.events.EnrichedArticle;
import dev.newsflow.events.KafkaSettings;
import dev.newsflow.testkit.KafkaBroker;
import dev.newsflow.testkit.SharedData;
import dev.newsflow.testkit.WithKafka;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.streams.KafkaStreams;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The sink's web page in headless Chromium: a published article appears live, quotes marked. */
@WithKafka
class SinkPageIT {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @Test
  void showsAPublishedArticleLiveWithItsQuoteMarkedBySpeaker(KafkaBroker broker, @TempDir Path dir)
      throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Skipped: needs Debian chromium and chromium-driver (/usr/bin/chromium,"
            + " /usr/bin/chromedriver): apt-get install -y chromium chromium-driver");
    EnrichedArticle seed = TestArticles.seed(SharedData.require(SharedData.SEED));
    KafkaSettings settings = TestTopics.create(broker, "page", 3);

    try (SinkService sink =
            SinkService.start(
                settings,
                "page-it-sink",
                dir.resolve("state"),
                SinkOptions.none().withHttp("127.0.0.1", 0));
        SinkClient client =
            new SinkClient(
                sink.httpUrl().orElseThrow(), settings.topics(), broker.clientProperties())) {
      Awaitility.await("sink running")
          .atMost(PATIENCE)
          .until(() -> sink.state() == KafkaStreams.State.RUNNING);
      WebDriver browser = chromium(dir.resolve("chromium-profile"));
      try {
        browser.get(client.base().toString());
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        wait.until(ExpectedConditions.textToBe(By.id("status"), "live"));

        client.publish(seed);

        WebElement card =
            wait.until(
                ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("article[data-article-id='" + seed.id() + "']")));
        assertThat(card.findElement(By.cssSelector("h3")).getText()).isEqualTo(seed.title());
        WebElement quote =
            card.findElements(By.cssSelector(".quote")).stream()
                .filter(q -> q.getText().startsWith("We urge China"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No quote 'We urge China ...' marked"));
        assertThat(quote.getDomAttribute("data-speaker")).isEqualTo("Annalena Baerbock");
        WebElement badge = quote.findElement(By.xpath("following-sibling::span[1]"));
        assertThat(badge.getText()).isEqualTo("Annalena Baerbock");
        List<String> people =
            card.findElements(By.cssSelector("mark.type-PERSON")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(people).contains("Annalena Baerbock", "she", "Antony Blinken");
        assertThat(quote.findElements(By.cssSelector("mark.type-LOCATION")))
            .extracting(WebElement::getText)
            .contains("China");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("trending"), "China"));

        browser.findElement(By.id("speaker")).sendKeys("Annalena Baerbock");
        browser.findElement(By.cssSelector("#speaker-search button")).click();
        wait.until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("speaker-quotes"), "We urge China"));

        ((JavascriptExecutor) browser)
            .executeScript("arguments[0].scrollIntoView({block: 'center'});", quote);
        saveScreenshot(((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
      } finally {
        browser.quit();
      }
    }
  }

  private static WebDriver chromium(Path profile) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1400,1100",
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
    return new ChromeDriver(service, options);
  }

  private static void saveScreenshot(byte[] png) throws Exception {
    Path folder = Path.of("target", "screenshots");
    Files.createDirectories(folder);
    Path shot = folder.resolve("sink-live-page.png");
    Files.write(shot, png);
  }
}
