package org.practicesearch.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.practicesearch.indexer.Indexing;
import org.practicesearch.indexer.parse.Pages;
import org.practicesearch.indexer.parse.ParseResult;
import org.practicesearch.search.SearchIndex;

/**
 * The web page in a real headless Chromium over the seeds: chips, sort, map, year chart, export, entry view,
 * the keyboard path, and axe-core's accessibility rules on three pages. Screenshots go to search-cli/target.
 */
class BrowserTest {
  static final Path REPO = Path.of(System.getProperty("practicesearch.repo"));
  static final File CHROMIUM = new File("/usr/bin/chromium");
  static final File DRIVER = new File("/usr/bin/chromedriver");
  static final Path AXE = REPO.resolve("search-cli/src/test/js/node_modules/axe-core/axe.min.js");

  @TempDir static Path tmp;
  static SearchIndex index;
  static ApiServer server;
  static ChromeDriver browser;
  static org.openqa.selenium.support.ui.FluentWait<WebDriver> wait;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(CHROMIUM.canExecute() && DRIVER.canExecute(),
        "headless Chromium not installed (apt-get install chromium chromium-driver); .ci/run installs it");
    ParseResult parsed = Pages.parse(List.of(REPO.resolve("seeds")));
    Indexing.replace(tmp.resolve("idx"), parsed, parsed.files());
    index = SearchIndex.open(tmp.resolve("idx"));
    server = ApiServer.start(index, "127.0.0.1", 0);
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--window-size=1280,1100",
        "--user-data-dir=" + Files.createDirectories(tmp.resolve("chrome")));
    browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).usingAnyFreePort().build(),
        options);
    // the page re-renders its results: elements read while that happens are retried, not failed
    wait = new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class);
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
      index.close();
    }
  }

  static void open(String pathAndQuery) {
    browser.get("http://127.0.0.1:" + server.port() + pathAndQuery);
    wait.until(d -> d.findElements(By.cssSelector("#summary, .entry h2")).size() > 0);
  }

  static <T> T until(Function<WebDriver, T> f) {
    return wait.until(f::apply);
  }

  static String text(String css) {
    return until(d -> d.findElement(By.cssSelector(css)).getText());
  }

  static void click(String css) {
    until(d -> {
      d.findElement(By.cssSelector(css)).click();
      return true;
    });
  }

  static long total() {
    return Long.parseLong(text("#summary").replaceAll("[^0-9].*", ""));
  }

  @Test
  void aChipAppearsOnFilteringAndRemovingItRestoresTheCounts() {
    open("/?q=trafficking+victims+refugees");
    assertTrue(text(".hit h3 a").startsWith("UNODC held a Regional Workshop"), text(".hit h3 a"));
    String summary = text("#summary");
    String countries = text("fieldset[data-dim=country]");
    click("input[data-filter='kind:resource']");
    assertEquals("Kind: resource", text(".chip[data-filter='kind:resource'] span"));
    assertTrue(browser.getCurrentUrl().contains("filter=kind%3Aresource"), browser.getCurrentUrl());
    until(d -> !d.findElement(By.cssSelector("#summary")).getText().equals(summary));
    assertNotEquals(countries, text("fieldset[data-dim=country]"));
    click(".chip[data-filter='kind:resource'] .chip-x");
    until(d -> d.findElements(By.cssSelector(".chip")).isEmpty());
    assertEquals(summary, text("#summary"));
    assertEquals(countries, text("fieldset[data-dim=country]"));
    // two filters and a year, then "Clear all"
    click("input[data-filter='kind:resource']");
    text(".chip[data-filter='kind:resource']");
    until(d -> d.findElements(By.cssSelector(".year-chart .col")).stream()
        .filter(c -> !c.findElement(By.tagName("title")).getDomProperty("textContent").endsWith(": 0 results"))
        .findFirst().orElseThrow()).click();
    text(".chip[data-filter=year]");
    click("input[data-filter='region:Global']");
    until(d -> d.findElements(By.cssSelector(".chip")).size() == 3);
    click("#clear-all");
    until(d -> d.findElements(By.cssSelector(".chip")).isEmpty());
    assertEquals(summary, text("#summary"));
  }

  @Test
  void aFilterValueTheIndexDoesNotKnowShowsAWarningChipWithItsDidYouMean() {
    open("/?q=country%3AJordn");
    assertEquals("⚠ Country: Jordn is not in the index — did you mean Jordan?", text(".chip.warning").replace("×", "").strip());
    click(".chip.warning button.link");
    assertEquals("Country: Jordan", text(".chip[data-filter='country:Jordan'] span"));
    assertEquals("", browser.findElement(By.id("q")).getDomProperty("value"));
    assertTrue(browser.findElements(By.cssSelector(".chip.warning")).isEmpty());
    assertTrue(total() > 0);
    // the same typo as a filter parameter: one warning chip, not a plain chip beside it
    open("/");
    String everything = text("#summary");
    open("/?filter=country%3AJordn");
    text(".chip.warning");
    assertEquals(1, browser.findElements(By.cssSelector(".chip")).size());
    click(".chip.warning .chip-x");
    until(d -> d.findElements(By.cssSelector(".chip")).isEmpty());
    assertEquals(everything, text("#summary"));
  }

  @Test
  void sortingByNewestOrdersByYear() {
    open("/?filter=kind%3Aresource&size=20");
    WebElement before = until(d -> d.findElement(By.cssSelector(".hit")));
    new Select(browser.findElement(By.id("sort"))).selectByValue("year_desc");
    until(d -> d.getCurrentUrl().contains("sort=year_desc"));
    until(ExpectedConditions.stalenessOf(before)::apply);
    List<Integer> years = until(d -> {
      List<Integer> y = d.findElements(By.cssSelector(".hit[data-year]")).stream()
          .map(h -> Integer.parseInt(h.getDomAttribute("data-year"))).toList();
      return y.size() >= 5 ? y : null;
    });
    assertEquals(years.stream().sorted(java.util.Comparator.reverseOrder()).toList(), years);
    assertTrue(years.get(0) > years.get(years.size() - 1), years.toString());
  }

  @Test
  void aClickOnTheMapFiltersByThatCountryAndTheChipSaysSo() {
    open("/");
    WebElement jordan = until(d -> d.findElement(By.id("map-JO")));
    String label = jordan.getDomAttribute("aria-label");
    assertTrue(label.startsWith("Jordan: "), label);
    new Actions(browser).moveToElement(jordan).perform();
    until(d -> d.findElement(By.id("map-tip")).getText().equals(label));
    jordan.click();
    assertEquals("Country: Jordan", text(".chip[data-filter='country:Jordan'] span"));
    assertTrue(browser.getCurrentUrl().contains("filter=country%3AJordan"), browser.getCurrentUrl());
    long expected = Long.parseLong(label.replaceAll("\\D", ""));
    until(d -> total() == expected);
    assertEquals("true", until(d -> d.findElement(By.id("map-JO")).getDomAttribute("aria-pressed")));
  }

  @Test
  void aBarOfTheYearChartSelectsThatYear() {
    open("/?filter=kind%3Aresource");
    WebElement col = until(d -> d.findElement(By.cssSelector(".year-chart .col[data-year='2018']")));
    String count = col.findElement(By.tagName("title")).getDomProperty("textContent");
    col.click();
    until(d -> d.getCurrentUrl().contains("year=2018"));
    assertEquals("2018", browser.findElement(By.id("year-from")).getDomProperty("value"));
    assertEquals("Year: 2018", text(".chip[data-filter=year] span"));
    assertEquals(count, "2018: " + text("#summary").replaceAll(" for .*", ""));
    List<String> years = until(d -> d.findElements(By.cssSelector(".hit")).stream()
        .map(h -> h.getDomAttribute("data-year")).toList());
    assertTrue(years.stream().allMatch("2018"::equals), years.toString());
  }

  @Test
  void exportDownloadsACsvWhoseRowsEqualTheTotal() throws Exception {
    open("/?q=refugees&filter=kind%3Aresource");
    long total = total();
    String href = until(d -> d.findElement(By.id("export-csv")).getDomProperty("href"));
    HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, r.statusCode());
    assertEquals("attachment; filename=\"practice-search.csv\"", r.headers().firstValue("Content-Disposition").orElseThrow());
    String csv = new String(r.body(), StandardCharsets.UTF_8);
    assertTrue(csv.startsWith("\uFEFFid,kind,title,"), csv.substring(0, 40));
    assertEquals(total + 1, ExportTest.records(csv.substring(1)).size());
  }

  @Test
  void theEntryViewLinksItsFacetValuesNamesItsSourceAndPrintsAlone() throws Exception {
    open("/?q=Lebanon");
    click(".hit h3 a");
    until(d -> d.findElements(By.cssSelector(".entry dt")).size() >= 3);
    List<String> regions = browser.findElements(By.cssSelector(".entry a.facet-link[data-filter^='region:']")).stream()
        .map(WebElement::getText).toList();
    assertTrue(!regions.isEmpty() && regions.stream().noneMatch(x -> x.contains("/")), regions.toString());
    String source = text(".entry .source");
    assertTrue(source.startsWith("http") || (!source.contains("/") && !source.matches(".*:\\d+")), source);
    assertTrue(browser.findElements(By.cssSelector("#facet-list fieldset")).size() > 3, "the sidebar keeps the facets");
    // printed: the entry alone, without search box, sidebar and back button
    browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
    try {
      for (String hidden : List.of("#search", "#facets", ".entry .back")) {
        assertTrue(!browser.findElement(By.cssSelector(hidden)).isDisplayed(), hidden);
      }
      assertTrue(browser.findElement(By.cssSelector(".entry .description")).isDisplayed());
      Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), REPO.resolve("search-cli/target/screenshot-print.png"),
          StandardCopyOption.REPLACE_EXISTING);
    } finally {
      browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
    }
    WebElement country = browser.findElement(By.cssSelector(".entry a.facet-link[data-filter^='country:']"));
    String filter = country.getDomAttribute("data-filter");
    country.click();
    assertEquals("Country: " + filter.substring("country:".length()), text(".chip span"));
  }

  @Test
  void theKeyboardReachesSearchFacetsChipsMapAndPaging() {
    open("/");
    WebElement q = browser.findElement(By.id("q"));
    tabTo("q");
    q.sendKeys("refugees", Keys.ENTER);
    until(d -> d.getCurrentUrl().contains("q=refugees"));
    tabTo("f-kind-resource").sendKeys(Keys.SPACE);
    until(d -> d.getCurrentUrl().contains("filter=kind%3Aresource"));
    until(d -> "f-kind-resource".equals(active().getDomAttribute("id"))); // focus kept through the re-render
    tabTo("chip-kind-resource").sendKeys(Keys.ENTER);
    until(d -> !d.getCurrentUrl().contains("filter="));
    // the map is one tab stop; arrow keys move between its countries, in the order of their names
    WebElement first = tabToPrefix("map-");
    String firstLabel = first.getDomAttribute("aria-label");
    first.sendKeys(Keys.ARROW_RIGHT);
    String countryId = active().getDomAttribute("id");
    assertNotEquals(first.getDomAttribute("id"), countryId);
    assertTrue(active().getDomAttribute("aria-label").compareTo(firstLabel) > 0, countryId);
    active().sendKeys(Keys.SHIFT, Keys.TAB);
    assertEquals("-1", browser.findElement(By.id(first.getDomAttribute("id"))).getDomAttribute("tabindex"));
    assertTrue(!String.valueOf(active().getDomAttribute("id")).startsWith("map-"), "one tab stop for the map");
    active().sendKeys(Keys.TAB);
    assertEquals(countryId, active().getDomAttribute("id"));
    active().sendKeys(Keys.ENTER);
    until(d -> d.getCurrentUrl().contains("filter=country%3A"));
    String country = until(d -> d.findElement(By.cssSelector(".chip span")).getText());
    assertTrue(country.startsWith("Country: "), countryId + " " + country);
    open("/");
    tabTo("page-next").sendKeys(Keys.ENTER);
    until(d -> d.getCurrentUrl().contains("page=2"));
    until(d -> d.findElement(By.cssSelector(".pages span")).getText().startsWith("Page 2 of "));
  }

  static WebElement active() {
    return browser.switchTo().activeElement();
  }

  static WebElement tabTo(String id) {
    return tabUntil(e -> id.equals(e.getDomAttribute("id")), id);
  }

  static WebElement tabToPrefix(String prefix) {
    return tabUntil(e -> String.valueOf(e.getDomAttribute("id")).startsWith(prefix), prefix);
  }

  static WebElement tabUntil(java.util.function.Predicate<WebElement> found, String what) {
    for (int i = 0; i < 400; i++) {
      try {
        WebElement e = active();
        if (found.test(e)) {
          return e;
        }
        e.sendKeys(Keys.TAB);
      } catch (StaleElementReferenceException rendered) {
        // the page re-rendered under the focus: ask again
      }
    }
    throw new AssertionError("Tab never reached " + what);
  }

  @Test
  void axeFindsNoSeriousOrCriticalViolationOnTheThreePages() throws Exception {
    assumeTrue(Files.exists(AXE), "axe-core not installed: npm ci --prefix search-cli/src/test/js (.ci/run does)");
    String axe = Files.readString(AXE);
    Path target = Files.createDirectories(REPO.resolve("search-cli/target"));
    open("/");
    assertEquals("[]", axe(axe));
    Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), target.resolve("screenshot-start.png"),
        StandardCopyOption.REPLACE_EXISTING);
    open("/?filter=kind%3Aresource&sort=year_desc");
    until(d -> d.findElements(By.cssSelector(".map path.has")).size() > 0
        && d.findElements(By.cssSelector(".year-chart .bar")).size() > 0);
    assertEquals("[]", axe(axe));
    Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), target.resolve("screenshot-search.png"),
        StandardCopyOption.REPLACE_EXISTING);
    click(".hit h3 a");
    until(d -> d.findElements(By.cssSelector(".entry dt")).size() >= 3);
    assertEquals("[]", axe(axe));
    browser.executeScript("window.scrollTo(0, 0)");
    Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), target.resolve("screenshot-entry.png"),
        StandardCopyOption.REPLACE_EXISTING);
  }

  /** The serious and critical violations axe-core finds on the current page, as "rule: targets" strings. */
  static String axe(String source) {
    JavascriptExecutor js = browser;
    js.executeScript(source);
    Object found = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "axe.run(document, {resultTypes: ['violations']}).then(r => done(JSON.stringify(r.violations"
        + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
        + ".map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', ')))));");
    return String.valueOf(found).toLowerCase(Locale.ROOT).equals("null") ? "axe did not run" : String.valueOf(found);
  }
}
