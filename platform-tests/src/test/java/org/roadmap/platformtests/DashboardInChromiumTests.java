package org.roadmap.platformtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.roadmap.platform.test.ApiClient.json;

import java.io.File;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.roadmap.platform.test.TestUser;

/**
 * The staff dashboard in a real headless Chromium (Debian's chromium and chromium-driver), served
 * by the gateway's jar in front of the three services on the embedded broker and MongoDB-wire
 * server with the seeded road map. People sign in as they do on the embedded default: on the local
 * issuer's login page with user name and password, the gateway holding their tokens in its session:
 * an editor reads the overview, records progress on a commitment of their ministry, sees the
 * change, a meeting held in Lima as both sides' entry and their own notification inbox, and signs
 * out (of the gateway and the issuer, so the next person meets the login page again); a reader is
 * not offered the form; then the API documentation page. Screenshots go to target/screenshots/.
 * Skipped where Chromium is not installed.
 */
class DashboardInChromiumTests {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final TestUser EDITOR = TestUser.PE_EDITOR;
    private static final TestUser READER = TestUser.STAFF_READER;
    /** A commitment MRE, the editor's ministry, answers for (the road map's annotations). */
    private static final String EDITORS_COMMITMENT = "I.3";

    @Test
    void staffSignInRecordProgressSeeTheChangeAndReadersOnlyRead() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        Optional<Path> gatewayJar = GatewayProcess.jar();
        assumeTrue(gatewayJar.isPresent(), "needs the gateway's runnable jar (package the gateway module first)");

        try (PlatformBehindGateway platform = PlatformBehindGateway.start(gatewayJar.get(), "dashboard")) {
            LocalIssuer issuer = platform.issuer();
            RunningService commitments = platform.commitments();
            RunningService meetings = platform.meetings();
            GatewayProcess gateway = platform.gateway();
            scheduleMeetings(meetings, issuer.bearer(TestUser.WG_ADMIN));
            holdMeetingInLima(meetings, commitments, issuer.bearer(TestUser.WG_ADMIN));
            WebDriver browser = chromium();
            try {
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
                browser.get(gateway.uri() + "/");
                signIn(browser, wait, EDITOR, issuer);
                assertThat(browserHoldsNoToken(browser)).as("no token in the page's storage or readable cookies").isTrue();

                // the overview, loaded afresh so the figure is a first render with the token already held
                browser.navigate().refresh();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#progress .pillar[data-scope='V']")));
                printFirstRender(browser);
                assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("es");
                assertThat(browser.findElements(By.cssSelector("#progress .pillar"))).hasSize(6);
                assertThat(browser.findElement(By.id("meetings")).getText()).contains("Tokio").contains("Lima")
                        .contains("(día siguiente)");
                screenshot(browser, "1-overview");

                openCommitment(browser, wait, EDITORS_COMMITMENT);
                assertThat(browser.findElements(By.id("report-form"))).as("the form for the editor's ministry").hasSize(1);
                screenshot(browser, "2-commitment");
                String summary = "Intercambio entre las ligas parlamentarias de amistad acordado " + System.nanoTime();
                recordProgress(browser, summary, "substantial", "at-risk");
                WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("main .notice")));
                assertThat(notice.getText()).isEqualTo("Avance registrado.");
                assertThat(browser.findElement(By.id("timeline")).getText()).contains(summary).contains("sustancial")
                        .as("the meeting in Lima is both sides' entry").contains("Japón y Perú");
                assertThat(browser.findElement(By.id("health")).getText()).isEqualTo("en riesgo");
                screenshot(browser, "3-progress-recorded");

                // back on the overview, the commitment is now among those at risk
                browser.findElement(By.cssSelector("main a[href='#/']")).click();
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#progress .pillar")));
                assertThat(browser.findElements(By.cssSelector("#at-risk .ref"))).extracting(WebElement::getText)
                        .contains(EDITORS_COMMITMENT);
                assertInboxShowsWhatTheServiceHolds(browser, wait);
                screenshot(browser, "3b-overview-inbox");

                new Select(browser.findElement(By.id("language"))).selectByValue("ja");
                wait.until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "概要"));
                assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("ja");
                assertThat(browser.findElement(By.id("meetings")).getText()).contains("東京").contains("リマ");
                screenshot(browser, "4-overview-ja");

                // signing out ends both sessions: the next person meets the issuer's login page again
                browser.findElement(By.id("sign-out")).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
                assertThat(browser.getCurrentUrl()).startsWith(gateway.uri());
                screenshot(browser, "4b-signed-out");
                // a reader sees the same commitment without a form they may not use; the service still refuses them
                signIn(browser, wait, READER, issuer);
                openCommitment(browser, wait, EDITORS_COMMITMENT);
                assertThat(browser.findElements(By.id("report-form"))).isEmpty();
                assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContainPattern("(?m)^null$");
                assertThat(browser.findElement(By.id("report")).getText()).contains("You may read this commitment");
                assertThat(browser.findElement(By.id("timeline")).getText()).contains(summary);
                assertThat(progressAsTheSignedInUser(browser)).startsWith("403 ").contains("may only read");
                screenshot(browser, "5-reader-commitment");

                // the one API documentation page: a service's operations, rendered under the gateway's policy
                browser.get(gateway.uri() + "/swagger-ui.html");
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock")));
                assertThat(browser.findElements(By.cssSelector("button.authorize"))).isNotEmpty();
                screenshot(browser, "6-api-documentation");
            } catch (RuntimeException | AssertionError e) {
                screenshot(browser, "failure");
                throw e;
            } finally {
                browser.quit();
            }
        }
    }

    /**
     * Signs in as staff do: the dashboard's button leads to the issuer's login page, where the person
     * types their user name and password; the issuer sends them back to the gateway, which now holds their tokens.
     */
    private static void signIn(WebDriver browser, WebDriverWait wait, TestUser user, LocalIssuer issuer) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("sign-in"))).click();
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).startsWith(issuer.issuerUri() + "/login");
        name.sendKeys(user.subject());
        browser.findElement(By.id("password")).sendKeys(LocalIssuer.passwordOf(user));
        screenshot(browser, "0-login-page-" + user.subject());
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("progress")));
    }

    /** Nothing a script of the page could steal: no token in web storage, no session cookie it can read. */
    private static boolean browserHoldsNoToken(WebDriver browser) {
        Object clean = ((JavascriptExecutor) browser).executeScript(
                "return Object.keys(sessionStorage).every(k => k === 'roadmap.language') && localStorage.length === 0"
                        + " && !document.cookie.includes('SESSION') && !document.cookie.includes('ey');");
        return Boolean.TRUE.equals(clean);
    }

    /**
     * The signed-in user's inbox card (their recipient is seeded): progress reports alert nobody, so it
     * holds only what deadline alerts delivered, usually nothing; it must show that, not "not available".
     */
    private static void assertInboxShowsWhatTheServiceHolds(WebDriver browser, WebDriverWait wait) {
        WebElement shown = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#inbox #inbox-items, #inbox #inbox-empty, #inbox #inbox-unavailable")));
        assertThat(shown.getDomAttribute("id")).as("the inbox card").isNotEqualTo("inbox-unavailable");
        Object held = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/api/v1/inbox')
                  .then(async r => done(r.status === 200 ? (await r.json()).length : -r.status))
                  .catch(e => done('error ' + e));""");
        if (Long.valueOf(0).equals(held)) {
            assertThat(shown.getDomAttribute("id")).isEqualTo("inbox-empty");
            assertThat(shown.getText()).isEqualTo("Ninguno.");
        } else {
            assertThat(held).as("items in the editor's inbox").isInstanceOf(Long.class);
            assertThat((Long) held).isPositive();
        }
    }

    private static void openCommitment(WebDriver browser, WebDriverWait wait, String reference) {
        WebElement find = browser.findElement(By.id("find"));
        find.sendKeys(reference);
        browser.findElement(By.cssSelector("#find-commitments button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results a")));
        browser.findElements(By.cssSelector("#results a")).stream()
                .filter(a -> a.findElement(By.className("ref")).getText().equals(reference)).findFirst()
                .orElseThrow(() -> new AssertionError(reference + " not found")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report")));
    }

    private static void recordProgress(WebDriver browser, String summary, String level, String health) {
        new Select(browser.findElement(By.id("report-country"))).selectByValue(EDITOR.country());
        WebElement organisation = browser.findElement(By.id("report-organisation"));
        organisation.clear();
        organisation.sendKeys(EDITOR.organisation());
        browser.findElement(By.id("report-summary")).sendKeys(summary);
        new Select(browser.findElement(By.id("report-level"))).selectByValue(level);
        new Select(browser.findElement(By.id("report-health"))).selectByValue(health);
        browser.findElement(By.cssSelector("#report-form button[type=submit]")).click();
    }

    /**
     * What the commitments service answers the signed-in user's progress report on the open
     * commitment, posted from the page in the dashboard's session (with its CSRF token): status and problem detail.
     */
    private static String progressAsTheSignedInUser(WebDriver browser) {
        return (String) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const id = location.hash.split('/').pop();
                fetch(`/api/v1/commitments/${id}/progress-reports`, { method: 'POST',
                    headers: { 'X-XSRF-TOKEN': decodeURIComponent(document.cookie.split('; ')
                            .find(c => c.startsWith('XSRF-TOKEN=')).slice(11)),
                        'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
                    body: JSON.stringify({ country: 'JP', organisation: 'Embassy of Japan in Peru', summary: 'read only',
                        level: 'complete', health: 'on-track', evidence: [] }) })
                  .then(async r => done(r.status + ' ' + ((await r.json().catch(() => ({}))).detail || '')))
                  .catch(e => done('error ' + e));""");
    }

    /** When the overview was first on screen, from the page's own Performance API mark: printed, not asserted. */
    private static void printFirstRender(WebDriver browser) {
        Object figures = ((JavascriptExecutor) browser).executeScript("""
                const mark = performance.getEntriesByName('overview-rendered')[0];
                const nav = performance.getEntriesByType('navigation')[0];
                return [mark ? mark.startTime : -1, nav ? nav.domContentLoadedEventEnd : -1];""");
        System.out.println("Dashboard first render of the overview: " + figures
                + " ms after navigation start [overview rendered, DOMContentLoaded]");
    }

    private static WebDriver chromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1600",
                "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    private static void screenshot(WebDriver browser, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve("dashboard-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (Exception e) {
            System.out.println("No screenshot " + name + ": " + e.getMessage());
        }
    }

    /** The seed sets no meeting dates: agree two for next year, one in Tokyo and one in Lima. */
    private static void scheduleMeetings(RunningService meetings, String admin) throws Exception {
        int year = LocalDate.now().getYear() + 1;
        assertThat(meetings.postJson("/api/v1/meeting-series/mining-energy-investment-meeting/occurrences",
                "{\"start\": \"%d-03-10T10:00\", \"end\": \"%d-03-10T12:00\"}".formatted(year, year),
                "Authorization", admin).statusCode()).isEqualTo(201);
        assertThat(meetings.postJson("/api/v1/meeting-series/road-map-working-group/occurrences",
                "{\"start\": \"%d-06-15T18:00\", \"end\": \"%d-06-15T20:00\", \"venue\": {\"city\": \"Lima\", \"country\": \"PE\"}}"
                        .formatted(year, year), "Authorization", admin).statusCode()).isEqualTo(201);
    }

    /** Yesterday's exchange of the friendship leagues in Lima, held with the editor's commitment on its agenda. */
    private static void holdMeetingInLima(RunningService meetings, RunningService commitments, String admin)
            throws Exception {
        String series = "/api/v1/meeting-series/parliamentary-friendship-exchanges";
        // the agenda names commitments by id once meetings-service has read their registration
        String commitment = await().atMost(Duration.ofSeconds(30))
                .until(() -> json(meetings.get(series, "Authorization", admin)).get("commitments").get(0),
                        link -> link.path("known").asBoolean())
                .get("commitmentId").asString();
        String day = LocalDate.now(ZoneId.of("America/Lima")).minusDays(1).toString();
        HttpResponse<String> scheduled = meetings.postJson(series + "/occurrences", """
                {"start": "%sT10:00", "end": "%sT12:00", "venue": {"city": "Lima", "country": "PE"}}"""
                .formatted(day, day), "Authorization", admin);
        assertThat(scheduled.statusCode()).isEqualTo(201);
        String occurrence = json(scheduled).get("id").asString();
        assertThat(meetings.postJson("/api/v1/meetings/" + occurrence + "/held",
                "{\"outcomes\": [\"Exchange programme agreed\"]}", "Authorization", admin).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> commitments.get("/api/v1/commitments/" + commitment
                + "/progress-reports", "Authorization", admin).body().contains(occurrence));
    }
}
