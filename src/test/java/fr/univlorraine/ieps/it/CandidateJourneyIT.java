package fr.univlorraine.ieps.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.it.RealBrowser.Browsers;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/** A new person, from Keycloak's registration page to a submitted application, on the real stack. */
@ExtendWith(RealBrowser.class)
class CandidateJourneyIT {

    static final String PASSWORD = "Sociologie-Metz-2027";

    @Test
    void newPersonRegistersAppliesSavesReopensAndSubmits(Browsers browsers) throws Exception {
        RealStack stack = RealStack.get();
        String email = "nina." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Browser browser = browsers.open();

        register(browser, email, "Nina", "Moreau");
        browser.awaitAppPath("/candidatures");
        assertEquals("[candidate, default-roles-ieps, offline_access, uma_authorization]",
                stack.keycloak.realmRoles(email).toString(), "self-registration gives the candidate role");
        assertTrue(browser.text().contains("Nina Moreau"), "the header greets the new candidate");

        startApplication(browser);
        browser.awaitAppPath("/candidatures/");
        assertTrue(browser.path().endsWith("/dossier"), browser.path());
        String dossier = browser.path();
        browser.type("#firstName", "Nina").type("#lastName", "Moreau").type("#nationality", "française");
        browser.clickAndAwaitNextPage("button[name=action][value=save]:not(.visually-hidden)");
        browser.awaitAppPath(dossier);
        assertTrue(browser.text().contains("enregistr"), "a confirmation says the draft is saved: " + browser.text());

        // reopen later, from the list of applications
        browser.open("/");
        browser.open("/candidatures");
        browser.click("a[href='" + dossier + "']");
        browser.awaitAppPath(dossier);
        assertEquals("Nina", browser.find("#firstName").getAttribute("value"));
        assertEquals("française", browser.find("#nationality").getAttribute("value"));

        // the documents, on their own page: one with the progress bar on a slow connection, then the rest
        browser.click("a#documents").awaitAppPath(dossier.replace("/dossier", "/pieces"));
        uploadAllRequired(browser, stack);
        browser.click("p.back a").awaitAppPath(dossier);

        fillTheRest(browser);
        // the form's button saves and shows the summary; the summary's button submits
        browser.click("button[name=action][value=submit]");
        String statusPath = dossier.substring(0, dossier.length() - "/dossier".length());
        browser.awaitAppPath(statusPath + "/confirmation");
        String summary = browser.text();
        assertTrue(summary.contains("Déposer définitivement") && summary.contains("Moreau")
                && summary.contains("CV Nina Moreau.pdf"), "the summary lists the answers and the pieces: " + summary);
        browser.keepScreenshot("candidate-summary");
        browser.clickAndAwaitNextPage("form[action$='/confirmation'] button[type=submit]");
        browser.awaitAppPath(statusPath);
        assertEquals(statusPath, browser.path());
        String page = browser.text();
        assertTrue(page.matches("(?s).*IEPS-2027-M1-\\d{4}.*"), "the status page shows the reference: " + page);
        assertTrue(page.contains("Déposée"), page);
        browser.keepScreenshot("candidate-submitted");
        browser.clickAndAwaitNextPage("a[href='" + statusPath + "/dossier-depose']").awaitAppPath(statusPath + "/dossier-depose");
        assertTrue(browser.text().contains("Mon dossier déposé") && browser.text().contains("CV Nina Moreau.pdf"),
                "the submitted dossier is read back: " + browser.text());
        browser.open(statusPath);

        try (var db = stack.database(); var rs = db.createStatement().executeQuery(
                "select status, reference from application where email = '" + email + "'")) {
            assertTrue(rs.next(), "the application is in PostgreSQL");
            assertEquals("SUBMITTED", rs.getString("status"));
            String reference = rs.getString("reference");
            SmtpSink.Mail receipt = stack.smtp.await(m -> m.recipients().contains(email), Duration.ofSeconds(20));
            assertTrue(receipt.data().replace("=\r\n", "").replace("=\n", "").contains(reference),
                    "the receipt mail, sent through SMTP, quotes the reference");
        }

        // the secretariat finds the dossier in its inbox, checks every document and declares it complete
        Browser secretariat = browsers.open();
        secretariat.open("/connexion").logInOnKeycloak("scolarite@example.org", "scolarite-demo-2027").awaitAppPath("/equipe");
        secretariat.click("a[href='/secretariat']").awaitAppPath("/secretariat");
        secretariat.keepScreenshot("secretariat-inbox");
        secretariat.click("a[href='/secretariat/dossiers/" + statusPath.substring(statusPath.lastIndexOf('/') + 1) + "']");
        secretariat.awaitAppPath("/secretariat/dossiers/");
        assertTrue(secretariat.text().contains("CV Nina Moreau.pdf"), secretariat.text());
        secretariat.keepScreenshot("secretariat-dossier");
        // with the page's script, each action changes its rows in place and says so in the live region: no new page
        String dossierUrl = secretariat.url();
        var script = (JavascriptExecutor) secretariat.driver;
        var wait = new org.openqa.selenium.support.ui.WebDriverWait(secretariat.driver, Duration.ofSeconds(10));
        int pieces = secretariat.all("form.validate button").size();
        assertTrue(pieces >= 3, "several documents to check: " + pieces);
        String row = (String) script.executeScript("return document.querySelector('form.validate').closest('li').id");
        secretariat.click("#" + row + " form.validate button");
        wait.until(d -> secretariat.find("#pieces-live").getText().contains("La pièce est validée."));
        assertEquals(dossierUrl, secretariat.url(), "no page loaded");
        assertTrue(secretariat.all("#" + row + " form.validate").isEmpty(), "the row shows the piece validated");
        assertEquals("title-" + row.substring("doc-".length()), script.executeScript("return document.activeElement.id"),
                "the focus is on the piece acted on");
        // one piece ticked and validated with "validate selected"
        secretariat.find("input[form=bulk]").click();
        secretariat.click("#bulk button");
        wait.until(d -> secretariat.find("#pieces-live").getText().contains("Les pièces sélectionnées sont validées."));
        assertEquals(pieces - 2, secretariat.all("form.validate button").size());
        // then the rest with "everything is valid": the page offers to declare the dossier complete
        secretariat.click("form[action$='/tout-valide'] button");
        wait.until(d -> secretariat.find("#pieces-live").getText().contains("vous pouvez déclarer le dossier complet"));
        assertEquals(dossierUrl, secretariat.url(), "no page loaded");
        assertTrue(secretariat.all("form.validate button").isEmpty(), "every document is checked");
        secretariat.keepScreenshot("secretariat-dossier-all-valid");
        secretariat.find("#ready form[action$='/complet'] button").click();
        new org.openqa.selenium.support.ui.WebDriverWait(secretariat.driver, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("ok=complete"));
        browser.open(statusPath);
        assertTrue(browser.text().contains("Complète"), "the candidate sees the dossier complete: " + browser.text());
        stack.smtp.await(m -> m.recipients().contains(email) && m.data().contains("complet"), Duration.ofSeconds(20));
    }

    @Test
    void sessionExpiredMidFormSendsToLoginAndBackToTheFormWithTheUnsentChangesPutBack(Browsers browsers) throws Exception {
        RealStack stack = RealStack.get();
        String email = "leo." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Browser browser = browsers.open();
        register(browser, email, "Léo", "Bernard");
        browser.awaitAppPath("/candidatures");
        startApplication(browser);
        browser.awaitAppPath("/candidatures/");
        String dossier = browser.path();
        browser.type("#firstName", "Léo").type("#city", "Thionville");
        browser.clickAndAwaitNextPage("button[name=action][value=save]:not(.visually-hidden)").awaitAppPath(dossier);

        // an hour later: the app's session cookie has expired and Keycloak's session has timed out
        browser.driver.manage().getCookies().stream().filter(c -> c.getName().startsWith("q_session"))
                .forEach(c -> browser.driver.manage().deleteCookieNamed(c.getName()));
        stack.keycloak.endSessions(email);
        browser.type("#city", "Metz");
        browser.click("button[name=action][value=save]:not(.visually-hidden)");

        browser.logInOnKeycloak(email, PASSWORD).awaitAppPath(dossier);
        assertEquals(dossier, browser.path(), "back on the form after logging in again");
        assertEquals("Léo", browser.find("#firstName").getAttribute("value"), "what was saved is there");
        assertEquals("Metz", browser.find("#city").getAttribute("value"), "the unsent change is put back by the browser");
        assertTrue(browser.find("#restored").isDisplayed(), "with a notice saying so");
        assertTrue(browser.text().contains("Vos dernières modifications n’avaient pas pu être enregistrées"), browser.text());
        browser.keepScreenshot("candidate-restored-after-login");
        long id = Long.parseLong(dossier.replaceAll(".*/candidatures/(\\d+)/dossier.*", "$1"));
        try (var db = stack.database(); var st = db.prepareStatement("select city from application where id = ?")) {
            st.setLong(1, id);
            ResultSet rs = st.executeQuery();
            assertTrue(rs.next());
            assertEquals("Thionville", rs.getString(1), "not saved without a login: the person checks, then saves");
        }
        browser.clickAndAwaitNextPage("button[name=action][value=save]:not(.visually-hidden)").awaitAppPath(dossier);
        assertEquals("Metz", browser.find("#city").getAttribute("value"));
        assertTrue(browser.text().contains("Brouillon enregistré"), browser.text());
    }

    /** Uploads a PDF for every mandatory item; the first one over a throttled connection, watching the progress bar. */
    static void uploadAllRequired(Browser browser, RealStack stack) throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("ieps-uploads");
        java.nio.file.Path small = java.nio.file.Files.write(dir.resolve("Relevés de notes L3.pdf"), fr.univlorraine.ieps.documents.Fixtures.pdf(3));
        java.nio.file.Path big = java.nio.file.Files.write(dir.resolve("CV Nina Moreau.pdf"), fr.univlorraine.ieps.documents.Fixtures.pdf(2, 3 * 1024 * 1024));
        List<String> codes = browser.all("li.piece-MISSING").stream()
                .filter(li -> li.findElement(org.openqa.selenium.By.cssSelector(".req")).getAttribute("class").contains("req-MANDATORY"))
                .map(li -> li.getAttribute("id").substring("piece-".length())).toList();
        assertTrue(codes.contains("CV") && codes.size() >= 5, "mandatory items: " + codes);
        boolean first = true;
        for (String code : codes) {
            browser.find("#file-" + code).sendKeys((first ? big : small).toString());
            if (first) {
                ((org.openqa.selenium.chrome.ChromeDriver) browser.driver).setNetworkConditions(
                        new org.openqa.selenium.chromium.ChromiumNetworkConditions() {
                            {
                                setUploadThroughput(1024 * 1024);
                                setDownloadThroughput(10 * 1024 * 1024);
                                setLatency(Duration.ofMillis(20));
                            }
                        });
            }
            browser.find("#piece-" + code + " form.upload button[type=submit]").click();
            if (first) {
                new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> {
                    var bar = d.findElement(org.openqa.selenium.By.cssSelector("#progress-" + code));
                    return bar.isDisplayed() && Double.parseDouble(bar.getAttribute("value")) > 0;
                });
                browser.keepScreenshot("upload-progress");
            }
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, Duration.ofSeconds(30))
                    .until(d -> d.getCurrentUrl().contains("ok=uploaded") && !d.findElements(
                            org.openqa.selenium.By.cssSelector("#piece-" + code + ".piece-PENDING")).isEmpty());
            if (first) {
                ((org.openqa.selenium.chrome.ChromeDriver) browser.driver).deleteNetworkConditions();
                assertTrue(browser.text().contains("CV Nina Moreau.pdf"), "the original name is shown");
                first = false;
            }
        }
        browser.keepScreenshot("documents-uploaded");
    }

    static void register(Browser browser, String email, String firstName, String lastName) {
        browser.open("/candidatures").awaitKeycloakLogin();
        browser.click("a[href*='login-actions/registration']");
        browser.type("#email", email).type("#password", PASSWORD).type("#password-confirm", PASSWORD)
                .type("#firstName", firstName).type("#lastName", lastName);
        browser.click("#kc-register-form [type=submit]");
    }

    static void startApplication(Browser browser) {
        browser.click("#trackId").click("#entryRoute");
        browser.click("main form button[type=submit]");
    }

    static void fillTheRest(Browser browser) {
        new Select(browser.find("#civility")).selectByValue("MME");
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = '2001-09-23'", browser.find("#birthDate"));
        browser.type("#email", browser.find("#email").getAttribute("value").isBlank() ? "nina@example.org" : browser.find("#email").getAttribute("value"))
                .type("#phone", "06 11 22 33 44").type("#address", "3 place de la Comédie")
                .type("#postalCode", "57000").type("#city", "Metz").type("#country", "France")
                .type("#degreeTitle0", "Licence de sociologie").type("#degreeInstitution0", "Université de Lorraine")
                .type("#degreeYear0", "2025")
                .type("#professionalProject", "Je souhaite travailler comme chargée d'études dans un observatoire social "
                        + "départemental, pour documenter les effets des politiques d'insertion. Mes stages en mission "
                        + "locale m'ont donné le goût de l'enquête au service de la décision publique.")
                .type("#researchProject", "Mon projet porte sur les parcours des jeunes accompagnés par les missions "
                        + "locales de Moselle et sur la manière dont le contrat d'engagement jeune transforme le travail "
                        + "des conseillers, par entretiens et observation de rendez-vous.");
        browser.click("input[name=themes]");
        browser.click("#declarationAccuracy").click("#declarationPrivacy");
    }
}
