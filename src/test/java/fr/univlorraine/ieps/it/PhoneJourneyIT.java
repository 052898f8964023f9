package fr.univlorraine.ieps.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.it.RealBrowser.Browsers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A new candidate on a phone (390×844 CSS pixels, a touch screen): every page they cross passes axe-core's checks
 * of WCAG 2.2 AA, the size of tap targets included, and the error summary's links bring each field into view below
 * the form's sticky section menu.
 */
@ExtendWith(RealBrowser.class)
class PhoneJourneyIT {

    static final int WIDTH = 390;
    static final int HEIGHT = 844;

    /** axe-core's rules of WCAG 2.0, 2.1 and 2.2, levels A and AA, and the size of targets (2.5.8). */
    private static final String RUN_AXE = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {
              runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']},
              rules: {'target-size': {enabled: true}}
            }).then(function (result) {
              done(result.violations.map(function (v) {
                return v.id + ' (' + v.impact + '): ' + v.help + '\\n' + v.nodes.map(function (n) {
                  return '    at ' + n.target.join(' ') + '\\n      ' + n.html.substring(0, 300)
                      + '\\n      ' + (n.failureSummary || '').replace(/\\n/g, '\\n      ');
                }).join('\\n');
              }));
            }).catch(function (e) { done(['axe could not run: ' + e]); });
            """;

    /**
     * The visible targets under 24×24 CSS pixels: links, buttons, fields, summaries; a link inside a sentence (its
     * block has other text) is exempt, as WCAG 2.5.8 says.
     */
    private static final String SMALL_TARGETS = """
            var small = [];
            document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea, summary').forEach(function (e) {
              var r = e.getBoundingClientRect();
              var style = getComputedStyle(e);
              if (r.width === 0 || r.height === 0 || style.visibility === 'hidden' || r.right < 0 || r.bottom < 0
                  || e.closest('.visually-hidden') || e.classList.contains('visually-hidden')) { return; }
              if (e.tagName === 'A' && style.display === 'inline'
                  && e.parentElement.textContent.trim().length > e.textContent.trim().length) { return; }
              if (r.width < 24 || r.height < 24) {
                small.push(e.outerHTML.substring(0, 160) + ' (' + Math.round(r.width) + '×' + Math.round(r.height) + ')');
              }
            });
            return small;
            """;

    private final List<String> violations = new ArrayList<>();
    private final List<String> audited = new ArrayList<>();
    private final List<String> hidden = new ArrayList<>();

    @Test
    void aCandidateOnAPhoneMeetsNoAccessibilityViolationAndSeesEveryFieldTheErrorsPointTo(Browsers browsers) throws Exception {
        String email = "lina." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Browser browser = browsers.open();
        asPhone(browser);

        for (String page : List.of("/", "/calendrier", "/candidater", "/contact", "/confidentialite", "/criteres")) {
            browser.open(page);
            audit(browser, "visitor " + page);
        }
        browser.keepScreenshot("phone-home");
        axeFindsTargetsTooSmall(browser);

        CandidateJourneyIT.register(browser, email, "Lina", "Haddad");
        browser.awaitAppPath("/candidatures");
        audit(browser, "my applications, none yet");
        browser.keepScreenshot("phone-applications");
        CandidateJourneyIT.startApplication(browser);
        browser.awaitAppPath("/candidatures/");
        String dossier = browser.path();
        assertTrue(dossier.endsWith("/dossier"), dossier);
        audit(browser, "dossier form");

        // a submit with nothing filled in: the errors, and each link of their summary shows its field
        browser.clickAndAwaitNextPage("button[name=action][value=submit]");
        assertTrue(browser.all(".error-summary a").size() >= 5, browser.text());
        audit(browser, "dossier form with errors");
        browser.keepScreenshot("phone-dossier-errors");
        List<String> fields = List.of("firstName", "address", "degreeTitle0", "professionalProject", "themes",
                "declarationAccuracy").stream().filter(f -> !browser.all(".error-summary a[href='#" + f + "']").isEmpty()).toList();
        assertTrue(fields.size() >= 4, "errors listed: " + browser.find(".error-summary").getText());
        for (String field : fields) {
            browser.scrollTo(".error-summary");
            browser.click(".error-summary a[href='#" + field + "']");
            checkFieldInView(browser, field);
            browser.keepScreenshot("phone-error-jump-" + field);
        }

        browser.open(browser.find("a#documents").getAttribute("href")).awaitAppPath(dossier.replace("/dossier", "/pieces"));
        audit(browser, "pieces");
        browser.keepScreenshot("phone-pieces");
        browser.open(dossier.substring(0, dossier.length() - "/dossier".length()));
        audit(browser, "status of the draft");
        browser.open("/candidatures");
        audit(browser, "my applications, one draft");

        // the same in English
        browser.click("a.lang-switch");
        browser.open(dossier);
        audit(browser, "dossier form, in English");
        browser.keepScreenshot("phone-dossier-en");

        assertEquals(13, audited.size(), "pages audited: " + audited);
        assertTrue(hidden.isEmpty(), "fields hidden by the sticky menu or out of the window:\n" + String.join("\n", hidden));
        assertTrue(violations.isEmpty(), "axe-core (WCAG 2.2 AA and target-size) at " + WIDTH + "×" + HEIGHT + ":\n"
                + String.join("\n", violations));
    }

    /**
     * The control of the audits: two 12-pixel buttons side by side, put over a page, are reported by axe-core's rule
     * of target size.
     */
    @SuppressWarnings("unchecked")
    private static void axeFindsTargetsTooSmall(Browser browser) throws IOException {
        browser.open("/contact");
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        // sized through the DOM: the app's Content-Security-Policy refuses style attributes written in markup
        js.executeScript("""
                var box = document.createElement('p');
                box.id = 'tiny-targets';
                box.style.cssText = 'position: fixed; top: 50%; left: 50%; z-index: 100; margin: 0';
                ['a', 'b'].forEach(function (text) {
                  var button = document.createElement('button');
                  button.textContent = text;
                  button.style.cssText = 'width: 12px; height: 12px; min-height: 0; padding: 0; border: 0; font-size: 8px';
                  box.append(button);
                });
                document.body.append(box);
                """);
        js.executeScript(axeSource());
        browser.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        List<String> found = (List<String>) js.executeAsyncScript(RUN_AXE);
        assertTrue(found.stream().anyMatch(v -> v.startsWith("target-size")), "axe-core missed two tiny buttons: " + found);
    }

    /** The browser as a phone: its viewport, its touch screen and the page's viewport meta tag taken into account. */
    static void asPhone(Browser browser) {
        ((ChromeDriver) browser.driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", WIDTH, "height", HEIGHT, "deviceScaleFactor", 2, "mobile", true));
        ((ChromeDriver) browser.driver).executeCdpCommand("Emulation.setTouchEmulationEnabled",
                Map.of("enabled", true, "maxTouchPoints", 5));
    }

    /** Runs axe-core on the page and keeps its violations, under the name of the page. */
    @SuppressWarnings("unchecked")
    private void audit(Browser browser, String page) throws IOException {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        js.executeScript(axeSource());
        browser.driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        List<String> found = (List<String>) js.executeAsyncScript(RUN_AXE);
        audited.add(page);
        // stricter than axe-core, which lets a small target pass when it stands far enough from the others
        List<String> small = (List<String>) js.executeScript(SMALL_TARGETS);
        for (String target : small) {
            violations.add("[" + page + " " + browser.path() + "] under 24×24 px: " + target);
        }
        for (String violation : found) {
            violations.add("[" + page + " " + browser.path() + "] " + violation);
        }
        if (!found.isEmpty()) {
            browser.keepScreenshot("phone-axe-" + page.replaceAll("[^A-Za-z0-9]+", "-"));
        }
    }

    /**
     * The field, its label (or legend) above it and the sticky menu: the label starts below the menu, and the field
     * is in the window (its first 48 pixels for a tall one).
     */
    private void checkFieldInView(Browser browser, String field) {
        @SuppressWarnings("unchecked")
        Map<String, Object> box = (Map<String, Object>) ((JavascriptExecutor) browser.driver).executeScript("""
                var field = document.getElementById(arguments[0]);
                var label = document.querySelector('label[for="' + arguments[0] + '"]') || field.querySelector('legend') || field;
                var menu = document.querySelector('.section-nav').getBoundingClientRect();
                var f = field.getBoundingClientRect();
                return {menuBottom: menu.bottom, labelTop: label.getBoundingClientRect().top, fieldTop: f.top,
                        fieldBottom: f.bottom, window: window.innerHeight};
                """, field);
        double menuBottom = ((Number) box.get("menuBottom")).doubleValue();
        double labelTop = ((Number) box.get("labelTop")).doubleValue();
        double fieldTop = ((Number) box.get("fieldTop")).doubleValue();
        double window = ((Number) box.get("window")).doubleValue();
        if (!(labelTop >= menuBottom && Math.min(((Number) box.get("fieldBottom")).doubleValue(), fieldTop + 48) <= window)) {
            hidden.add("#" + field + " after following its error: " + box);
        }
    }

    private static String axe;

    private static synchronized String axeSource() throws IOException {
        if (axe == null) {
            try (InputStream in = PhoneJourneyIT.class.getClassLoader().getResourceAsStream("axe.min.js")) {
                assertTrue(in != null, "axe.min.js (com.deque.html.axe-core:selenium) is not on the test classpath");
                axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return axe;
    }
}
