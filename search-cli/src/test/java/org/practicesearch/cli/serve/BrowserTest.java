package org.practicesearch.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.practicesearch.indexer.Indexing;
import org.practicesearch.indexer.parse.Pages;
import org.practicesearch.indexer.parse.ParseResult;
import org.practicesearch.search.SearchIndex;

/** The web page in a real headless Chromium: search, facets, year range, entry view, screenshot. */
class BrowserTest {
  static final Path REPO = Path.of(System.getProperty("practicesearch.repo"));
  static final File CHROMIUM = new File("/usr/bin/chromium");
  static final File DRIVER = new File("/usr/bin/chromedriver");

  @Test
  void aPractitionerSearchesNarrowsAndOpensAnEntry(@TempDir Path tmp) throws Exception {
    assumeTrue(CHROMIUM.canExecute() && DRIVER.canExecute(),
        "headless Chromium not installed (apt-get install chromium chromium-driver); .ci/run installs it");
    ParseResult parsed = Pages.parse(List.of(REPO.resolve("seeds")));
    Indexing.replace(tmp.resolve("idx"), parsed, parsed.files());
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--window-size=1280,1000",
        "--user-data-dir=" + Files.createDirectories(tmp.resolve("chrome")));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort().build();
    try (SearchIndex index = SearchIndex.open(tmp.resolve("idx")); ApiServer server = ApiServer.start(index, "127.0.0.1", 0)) {
      ChromeDriver browser = new ChromeDriver(service, options);
      try {
        // the page re-renders its results: elements read while that happens are retried, not failed
        var wait = new WebDriverWait(browser, Duration.ofSeconds(15))
            .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        browser.get("http://127.0.0.1:" + server.port() + "/");
        WebElement q = wait.until(d -> d.findElement(By.id("q")));
        q.sendKeys("trafficking victims refugees");
        browser.findElement(By.cssSelector("#search button[type=submit]")).click();
        wait.until(d -> d.findElement(By.cssSelector(".summary")).getText().contains("trafficking victims refugees"));
        String firstTitle = wait.until(d -> d.findElement(By.cssSelector(".hit h2 a")).getText());
        assertTrue(firstTitle.startsWith("UNODC held a Regional Workshop"), firstTitle);
        String before = wait.until(d -> d.findElement(By.cssSelector(".summary")).getText());

        // tick a region: results and counts change
        wait.until(d -> {
          d.findElement(By.cssSelector("input[data-filter='region:Asia']")).click();
          return true;
        });
        wait.until(d -> !d.findElement(By.cssSelector(".summary")).getText().equals(before));
        assertTrue(browser.getCurrentUrl().contains("filter=region%3AAsia"), browser.getCurrentUrl());
        String withRegion = wait.until(d -> d.findElement(By.cssSelector(".summary")).getText());
        assertNotEquals(before, withRegion);

        // a year range: only resources have years, so the practices of Asia drop out
        wait.until(d -> {
          d.findElement(By.cssSelector("input[data-filter='region:Asia']")).click();
          return true;
        });
        wait.until(d -> d.findElement(By.cssSelector(".summary")).getText().equals(before));
        browser.findElement(By.id("year-from")).sendKeys("2010");
        browser.findElement(By.id("year-to")).sendKeys("2018");
        browser.findElement(By.id("year-apply")).click();
        wait.until(d -> d.getCurrentUrl().contains("year=2010..2018"));
        wait.until(d -> !d.findElement(By.cssSelector(".summary")).getText().equals(before));
        List<String> badges = wait.until(d -> d.findElements(By.cssSelector(".hit .badge")).stream()
            .map(b -> b.getText().toLowerCase(java.util.Locale.ROOT)).toList());
        assertTrue(!badges.isEmpty() && badges.stream().allMatch("resource"::equals), badges.toString());

        // open an entry, see its fields and related entries; back returns to the results
        String first = wait.until(d -> d.findElement(By.cssSelector(".hit h2 a")).getText());
        wait.until(d -> {
          d.findElement(By.cssSelector(".hit h2 a")).click();
          return true;
        });
        wait.until(d -> d.findElement(By.cssSelector(".entry h2")).getText().equals(first));
        assertTrue(wait.until(d -> d.findElements(By.cssSelector(".entry dt")).size()) >= 3);
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Path target = Files.createDirectories(REPO.resolve("search-cli/target"));
        Files.copy(shot, target.resolve("screenshot-entry.png"), StandardCopyOption.REPLACE_EXISTING);
        browser.navigate().back();
        wait.until(d -> d.findElements(By.cssSelector(".hit")).size() > 0);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), target.resolve("screenshot.png"),
            StandardCopyOption.REPLACE_EXISTING);
      } finally {
        browser.quit();
      }
    }
  }
}
