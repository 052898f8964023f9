package fr.univlorraine.ieps.it;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium through Debian's chromedriver: both given by path, so
 * that nothing is downloaded. A fresh profile per browser, so no cookie survives from one test to the next.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("it.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("it.chromedriver", "/usr/bin/chromedriver"));

    final WebDriver driver;
    private final URI base;
    private final Path profile;

    Browser(URI base) throws Exception {
        this.base = base;
        this.profile = Files.createTempDirectory("ieps-chromium-");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--window-size=1280,1000", "--lang=fr-FR",
                "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "fr-FR,fr"));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().withLogFile(RealStack.OUT.resolve("chromedriver.log").toFile()).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    /** Opens a path of the app (or an absolute URL). */
    Browser open(String pathOrUrl) {
        driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : base.resolve(pathOrUrl).toString());
        return this;
    }

    String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    /** The visible text of the page. */
    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Replaces the value of a field. */
    Browser type(String css, String value) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(value);
        return this;
    }

    Browser click(String css) {
        find(css).click();
        return this;
    }

    /**
     * Clicks a button (or link) that loads another page, and waits until the page it was on has gone: also
     * when the next page has the same address, as after a form that redirects back to itself.
     */
    Browser clickAndAwaitNextPage(String css) {
        // a mark on the page being left (not on its elements: while Chromium swaps documents, asking about an old
        // element may fail with other errors than "stale"); the next page, loaded in full, does not have it
        var js = (org.openqa.selenium.JavascriptExecutor) driver;
        js.executeScript("document.itPageLeft = true");
        find(css).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(js.executeScript(
                        "return document.itPageLeft !== true && document.readyState === 'complete'")));
        return this;
    }

    /** Scrolls an element to the top of the window, e.g. to have it on a screenshot. */
    Browser scrollTo(String css) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView(true)", find(css));
        return this;
    }

    /** Waits until the browser is on a page of the app whose path starts with the prefix. */
    Browser awaitAppPath(String prefix) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            URI now = URI.create(d.getCurrentUrl());
            return now.getPort() == base.getPort() && now.getPath().startsWith(prefix);
        });
        return this;
    }

    /** Waits for the Keycloak login page of the realm (the one with the password field). */
    Browser awaitKeycloakLogin() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("kc-form-login")));
        return this;
    }

    /** Fills in Keycloak's login form. */
    Browser logInOnKeycloak(String username, String password) {
        awaitKeycloakLogin();
        type("#username", username).type("#password", password).click("#kc-login");
        return this;
    }

    /** A screenshot of the page as it looks, under target/it/screens, to review the pages the journeys cross. */
    void keepScreenshot(String name) throws java.io.IOException {
        Path dir = Files.createDirectories(RealStack.OUT.resolve("screens"));
        File png = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(png.toPath(), dir.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Keeps a screenshot and the HTML of the current page under target/it/failures, for diagnosis. */
    void keepEvidence(String name) {
        try {
            Path dir = Files.createDirectories(RealStack.OUT.resolve("failures"));
            File png = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(png.toPath(), dir.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(dir.resolve(name + ".html"), "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource());
            System.err.println("Browser evidence kept: " + dir.resolve(name + ".png") + " and .html");
        } catch (Exception e) {
            System.err.println("Could not keep the browser's evidence for " + name + ": " + e);
        }
    }

    @Override
    public void close() throws Exception {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
