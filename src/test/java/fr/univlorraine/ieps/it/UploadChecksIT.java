package fr.univlorraine.ieps.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.documents.Fixtures;
import fr.univlorraine.ieps.it.RealBrowser.Browsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pieces page in a real browser: a file too large or of a format the piece does not take is refused before it is
 * sent, with the message at the field; photos of one piece sent together come back as one PDF, page by page.
 */
@ExtendWith(RealBrowser.class)
class UploadChecksIT {

    @Test
    void theBrowserRefusesWhatTheServerWouldAndPhotosBecomeOnePdf(Browsers browsers) throws Exception {
        RealStack stack = RealStack.get();
        String email = "yanis." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Browser browser = browsers.open();
        CandidateJourneyIT.register(browser, email, "Yanis", "Meyer");
        browser.awaitAppPath("/candidatures");
        CandidateJourneyIT.startApplication(browser);
        browser.awaitAppPath("/candidatures/");
        String pieces = browser.path().replace("/dossier", "/pieces");
        long id = Long.parseLong(pieces.replaceAll(".*/candidatures/(\\d+)/pieces.*", "$1"));
        browser.open(pieces);
        Path dir = Files.createTempDirectory("ieps-checks");

        // over the CV's limit: said at once, and the button sends nothing
        long max = Long.parseLong(browser.find("#file-CV").getAttribute("data-max-bytes"));
        Path big = Files.write(dir.resolve("CV trop lourd.pdf"), Fixtures.pdf(1, (int) max + 2 * 1024 * 1024));
        assertTrue(Files.size(big) > max, "the file is over the limit: " + Files.size(big));
        browser.find("#file-CV").sendKeys(big.toString());
        WebElement check = browser.find("#file-CV-check");
        await(browser, () -> check.isDisplayed());
        assertTrue(check.getText().contains("trop volumineux"), check.getText());
        assertEquals("true", browser.find("#file-CV").getAttribute("aria-invalid"));
        browser.keepScreenshot("upload-refused-in-browser");
        browser.find("#piece-CV form.upload button[type=submit]").click();
        assertEquals(pieces, browser.path(), "still on the page");
        assertEquals(0, documents(stack, id), "nothing sent, nothing stored");

        // a format the piece does not take
        Path text = Files.writeString(dir.resolve("lettre.txt"), "Madame, Monsieur,");
        browser.find("#file-LETTRE").sendKeys(text.toString());
        WebElement letterCheck = browser.find("#file-LETTRE-check");
        await(browser, () -> letterCheck.isDisplayed());
        assertTrue(letterCheck.getText().contains("n’est pas accepté"), letterCheck.getText());

        // the ID's two sides, photographed: one PDF of two pages
        String code = "IDENTITE";
        WebElement photos = browser.find("#file-" + code);
        assertTrue(photos.getAttribute("multiple") != null, "several photos can be chosen for the ID");
        Path front = Files.write(dir.resolve("recto.jpg"), Fixtures.jpeg());
        Path back = Files.write(dir.resolve("verso.png"), Fixtures.png());
        photos.sendKeys(front + "\n" + back);
        browser.clickAndAwaitNextPage("#piece-" + code + " form.upload button[type=submit]");
        browser.awaitAppPath(pieces);
        assertTrue(browser.url().contains("#piece-" + code), "back at the piece: " + browser.url());
        try (var db = stack.database(); var st = db.prepareStatement("select d.media_type, d.page_count from application_document d "
                + "join document_type t on t.id = d.document_type_id where d.application_id = ? and t.code = ?")) {
            st.setLong(1, id);
            st.setString(2, code);
            ResultSet rs = st.executeQuery();
            assertTrue(rs.next(), "the piece is stored");
            assertEquals("application/pdf", rs.getString(1));
            assertEquals(2, rs.getInt(2));
        }
        browser.keepScreenshot("upload-photos-one-pdf");
    }

    private static void await(Browser browser, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> condition.getAsBoolean());
    }

    private static long documents(RealStack stack, long id) throws Exception {
        try (var db = stack.database(); var st = db.prepareStatement("select count(*) from application_document where application_id = ?")) {
            st.setLong(1, id);
            ResultSet rs = st.executeQuery();
            rs.next();
            return rs.getLong(1);
        }
    }
}
