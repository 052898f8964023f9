package fr.univlorraine.ieps.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.it.RealBrowser.Browsers;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dossier form saves itself every 30 seconds in a real browser, and two tabs of the same dossier still cannot
 * overwrite each other: the second is told, keeps what was typed in it, and overwrites nothing.
 */
@ExtendWith(RealBrowser.class)
class AutosaveIT {

    /** The interval is 30 s; a background save is awaited a little longer than two of them. */
    private static final Duration TWO_TICKS = Duration.ofSeconds(75);

    @Test
    void typedAnswersAreSavedInTheBackgroundAndASecondTabGetsTheConflict(Browsers browsers) throws Exception {
        RealStack stack = RealStack.get();
        String email = "ines." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Browser browser = browsers.open();
        CandidateJourneyIT.register(browser, email, "Inès", "Lambert");
        browser.awaitAppPath("/candidatures");
        CandidateJourneyIT.startApplication(browser);
        browser.awaitAppPath("/candidatures/");
        String dossier = browser.path();
        long id = Long.parseLong(dossier.replaceAll(".*/candidatures/(\\d+)/dossier.*", "$1"));
        assertTrue(browser.find("#autosave").isDisplayed(), "the status line says the form saves itself");

        String first = browser.driver.getWindowHandle();
        browser.driver.switchTo().newWindow(WindowType.TAB);
        browser.open(dossier);
        String second = browser.driver.getWindowHandle();

        // the first tab: typed, never pressed "save", and the draft holds it
        browser.driver.switchTo().window(first);
        browser.type("#lastName", "Lambert-Premier").type("#city", "Metz");
        awaitStatus(browser, "Brouillon enregistré automatiquement à");
        assertEquals("Lambert-Premier", column(stack, id, "last_name"));
        assertEquals("Metz", column(stack, id, "city"));

        // the second tab, drawn before that save: its background save is refused as a conflict, nothing overwritten
        browser.driver.switchTo().window(second);
        browser.type("#lastName", "Lambert-Second");
        awaitStatus(browser, "modifié dans un autre onglet");
        browser.keepScreenshot("autosave-conflict-line");
        assertEquals("Lambert-Premier", column(stack, id, "last_name"));

        // its save button: the form again, with what was typed there and the choice explained
        browser.clickAndAwaitNextPage("button[name=action][value=save]:not(.visually-hidden)");
        assertTrue(browser.find("#version").isDisplayed(), browser.text());
        assertEquals("Lambert-Second", browser.find("#lastName").getAttribute("value"), "nothing typed is lost");
        assertEquals("Lambert-Premier", column(stack, id, "last_name"), "nothing overwritten silently");
        browser.keepScreenshot("autosave-conflict-page");

        // the first tab goes on saving from the version its background save gave it; its button too
        browser.driver.switchTo().window(first);
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("document.getElementById('autosave').textContent = ''");
        browser.type("#city", "Thionville");
        awaitStatus(browser, "Brouillon enregistré automatiquement à");
        assertEquals("Thionville", column(stack, id, "city"));
        browser.type("#nationality", "française");
        browser.clickAndAwaitNextPage("button[name=action][value=save]:not(.visually-hidden)").awaitAppPath(dossier);
        assertTrue(browser.text().contains("Brouillon enregistré."), "the button's save is not a conflict: " + browser.text());
        assertEquals("française", column(stack, id, "nationality"));
    }

    private static void awaitStatus(Browser browser, String text) {
        new WebDriverWait(browser.driver, TWO_TICKS)
                .until(d -> browser.find("#autosave").getText().contains(text));
    }

    private static String column(RealStack stack, long id, String column) throws Exception {
        try (var db = stack.database(); var st = db.prepareStatement("select " + column + " from application where id = ?")) {
            st.setLong(1, id);
            ResultSet rs = st.executeQuery();
            assertTrue(rs.next());
            return rs.getString(1);
        }
    }
}
