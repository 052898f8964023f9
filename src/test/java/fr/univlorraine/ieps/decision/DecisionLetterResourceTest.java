package fr.univlorraine.ieps.decision;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.Transition;
import fr.univlorraine.ieps.campaign.MutableClock;
import fr.univlorraine.ieps.documents.PrintedPdfs;
import fr.univlorraine.ieps.kernel.Actor;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.io.IOException;
import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The candidate downloads the letter of a published decision, in the language of their interface. */
@QuarkusTest
class DecisionLetterResourceTest {

    MutableClock clock;
    Long motive;

    @BeforeEach
    void setUp() {
        clock = MotiveFixtures.clock();
        motive = MotiveFixtures.motive("Le parcours antérieur ne prépare pas aux méthodes d’enquête « qualitatives ».",
                "The previous studies do not prepare for “qualitative” survey methods.");
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static byte[] pdf(Long id, String lang) {
        var response = given().cookie("ieps-lang", lang).get("/candidatures/" + id + "/attestation.pdf");
        response.then().statusCode(200).contentType("application/pdf");
        assertTrue(response.header("Content-Disposition").startsWith("inline; filename=\"attestation-"), response.header("Content-Disposition"));
        return response.asByteArray();
    }

    private static void setNames(Long id) {
        setNames(id, "Léa-Françoise", "Dvořák Œuvray");
    }

    private static void setNames(Long id, String first, String last) {
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(id);
            app.firstName = first;
            app.lastName = last;
        });
    }

    @Test
    @TestSecurity(user = "letter-refused", roles = "candidate")
    void refusalLetterGivesTheMotiveInTheCandidatesLanguageAndTheRightToAsk() throws Exception {
        Long id = MotiveFixtures.underReview("letter-refused");
        clock.set(Instant.parse("2027-06-15T10:00:00Z"));
        MotiveFixtures.decide(id, DecisionKind.REJECT, motive, "Le mémoire de licence porte sur un autre champ.", true);
        setNames(id);
        String reference = MotiveFixtures.application(id).reference;

        byte[] french = pdf(id, "fr");
        String fr = text(french);
        assertTrue(fr.contains("Notification de refus d’admission"), fr);
        assertTrue(fr.contains("Université de Lorraine"), fr);
        assertTrue(fr.contains("Master Intervention et Expertise dans les Politiques Sociales (IEPS)"), fr);
        assertTrue(fr.contains("Léa-Françoise Dvořák Œuvray"), "every letter as written: " + fr);
        assertTrue(fr.contains(reference), fr);
        assertTrue(fr.contains("Master 1"), fr);
        assertTrue(fr.contains("2027-2028") || fr.contains("2026-2027"), fr);
        assertTrue(fr.contains("15 juin 2027"), "the date of the decision: " + fr);
        assertTrue(fr.contains("Le parcours antérieur ne prépare pas aux méthodes d’enquête « qualitatives »."), fr);
        assertTrue(fr.contains("Le mémoire de licence porte sur un autre champ."), fr);
        assertTrue(fr.contains("article D612-36-2 du code de l’éducation"), fr);
        assertTrue(fr.contains("motifs détaillés"), fr);
        assertTrue(fr.contains("Metz, le 15 juin 2027"), fr);
        assertTrue(fr.contains("Les responsables pédagogiques du master IEPS"), fr);
        assertTrue(fr.contains("Voies et délais de recours") && fr.contains("tribunal administratif de Nancy")
                && fr.contains("deux mois"), "the routes and time limits of appeal: " + fr);
        PrintedPdfs.assertPdfA2b(french, "Notification de refus d’admission – " + reference);
        PrintedPdfs.look(french, "letter-refusal-fr");

        byte[] english = pdf(id, "en");
        String en = text(english);
        assertTrue(en.contains("Notice of non-admission"), en);
        assertTrue(en.contains("The previous studies do not prepare for “qualitative” survey methods."), en);
        assertFalse(en.contains("Le parcours antérieur"), "the motive in English only: " + en);
        assertTrue(en.contains("Metz, 15 June 2027"), en);
        assertTrue(en.contains("The programme heads of the master IEPS"), en);
        assertTrue(en.contains("How to appeal") && en.contains("within two months"), en);
        PrintedPdfs.assertPdfA2b(english, "Notice of non-admission – " + reference);
        PrintedPdfs.look(english, "letter-refusal-en");
    }

    @Test
    @TestSecurity(user = "letter-admitted", roles = "candidate")
    void admissionAttestationGivesTheOfferDeadlineWhileTheOfferIsOpen() throws Exception {
        Long id = MotiveFixtures.underReview("letter-admitted");
        clock.set(Instant.parse("2027-06-15T10:00:00Z"));
        MotiveFixtures.decide(id, DecisionKind.ADMIT, null, null, true);
        setNames(id);
        byte[] admitted = pdf(id, "fr");
        String fr = text(admitted);
        assertTrue(fr.contains("Attestation d’admission"), fr);
        assertTrue(fr.contains("admis en Master 1"), fr);
        assertTrue(fr.contains("Date limite de réponse 23 juin 2027 à 12:00"), fr);
        // the fixture's offer ends eight days after the decision
        assertTrue(fr.contains("23 juin 2027 à 12:00"), fr);
        assertTrue(fr.contains("Metz, le 15 juin 2027"), fr);
        assertFalse(fr.contains("Voies et délais de recours"), "an admission is not appealed: " + fr);
        PrintedPdfs.assertPdfA2b(admitted, "Attestation d’admission – " + MotiveFixtures.application(id).reference);
        PrintedPdfs.look(admitted, "letter-admission-fr");

        String en = text(pdf(id, "en"));
        assertTrue(en.contains("Certificate of admission") && en.contains("admitted to Master 1"), en);
        assertTrue(en.contains("23 June 2027 at 12:00"), en);

        MotiveFixtures.move(id, Transition.ACCEPT, Actor.CANDIDATE);
        QuarkusTransaction.requiringNew().run(() -> {
            Offer offer = Offer.<Offer>find("application.id", id).firstResult();
            offer.outcome = OfferOutcome.ACCEPTED;
            offer.closedAt = clock.now();
        });
        String accepted = text(pdf(id, "fr"));
        assertTrue(accepted.contains("Le candidat a accepté cette proposition d’admission."), accepted);
        assertFalse(accepted.contains("Date limite de réponse"), "no deadline once accepted");

        MotiveFixtures.move(id, Transition.ENROL, Actor.SECRETARIAT);
        assertTrue(text(pdf(id, "fr")).contains("son inscription est enregistrée"));
    }

    @Test
    @TestSecurity(user = "letter-undecided", roles = "candidate")
    void noLetterWithoutAPublishedDecision() {
        Long id = MotiveFixtures.refused("letter-undecided", motive, null, false);
        String page = given().get("/candidatures/" + id + "/attestation.pdf").then().statusCode(409)
                .contentType("text/html").extract().asString();
        assertTrue(page.contains("Aucune décision n’a encore été publiée pour cette candidature"), page);
        assertTrue(page.contains("href=\"/candidatures/" + id + "\""), page);
    }

    @Test
    @TestSecurity(user = "letter-waitlisted", roles = "candidate")
    void noLetterOnTheWaitingListNorAfterWithdrawal() {
        Long id = MotiveFixtures.underReview("letter-waitlisted");
        MotiveFixtures.decide(id, DecisionKind.WAITLIST, null, null, true);
        given().get("/candidatures/" + id + "/attestation.pdf").then().statusCode(409)
                .body(org.hamcrest.Matchers.containsString("sur liste d’attente : la décision n’est pas définitive"));
        MotiveFixtures.move(id, Transition.WITHDRAW, Actor.CANDIDATE);
        given().cookie("ieps-lang", "en").get("/candidatures/" + id + "/attestation.pdf").then().statusCode(409)
                .body(org.hamcrest.Matchers.containsString("No certificate is issued for an application in this state"));
    }

    @Test
    @TestSecurity(user = "letter-intruder", roles = "candidate")
    void someoneElsesLetterIsNotFound() {
        Long theirs = MotiveFixtures.refused(MotiveFixtures.unique("letter-victim"), motive, null, true);
        given().get("/candidatures/" + theirs + "/attestation.pdf").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "letter-staff", roles = {"head", "secretariat"})
    void theLetterIsTheCandidatesDownload() {
        Long id = MotiveFixtures.refused(MotiveFixtures.unique("letter-cand"), motive, null, true);
        given().get("/candidatures/" + id + "/attestation.pdf").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "letter-unicode", roles = "candidate")
    void namesInEveryScriptArePrintedAsWritten() throws Exception {
        Long id = MotiveFixtures.underReview("letter-unicode");
        clock.set(Instant.parse("2027-06-15T10:00:00Z"));
        MotiveFixtures.decide(id, DecisionKind.REJECT, motive,
                "Entretien conduit par Ελένη Ζαχαρίου et محمد العلي, membres de l’équipe pédagogique.", true);
        setNames(id, "Łucja", "Dvořák");
        QuarkusTransaction.requiringNew().run(() -> {
            Application app = Application.findById(id);
            app.address = "12 Nguyễn Thị Minh Khai";
            app.postalCode = "700000";
            app.city = "Hồ Chí Minh";
            app.country = "Việt Nam";
        });

        byte[] letter = pdf(id, "fr");

        PrintedPdfs.assertNamesAsWritten(letter);
        String fr = text(letter);
        assertTrue(fr.contains("Łucja Dvořák 12 Nguyễn Thị Minh Khai 700000 Hồ Chí Minh Việt Nam"),
                "the address block under the letterhead: " + fr);
        PrintedPdfs.assertPdfA2b(letter, "Notification de refus d’admission – " + MotiveFixtures.application(id).reference);
        PrintedPdfs.look(letter, "letter-refusal-unicode");
    }

    @Test
    void aLongMotiveTextContinuesOnTheNextPage() throws Exception {
        String longText = "Un texte très long – avec des « guillemets », l’apostrophe, œ, ł, ễ et Ω. ".repeat(120);
        var letter = new DecisionLetterPdf.Letter(DecisionLetterPdf.Kind.REFUSED, "Nom", java.util.List.of(), "REF-1",
                "Master 1", "2027-2028", "1 juin 2027", null, "Motif standard.", longText, "2 juin 2027",
                java.util.List.of("Recours gracieux ou contentieux dans les deux mois."));

        byte[] pdf = DecisionLetterPdf.print(letter, "fr");

        String text = text(pdf);
        assertTrue(text.contains("« guillemets », l’apostrophe, œ, ł, ễ et Ω."), text.substring(0, 400));
        assertTrue(text.contains("Metz, le 2 juin 2027") && text.contains("Les responsables pédagogiques du master IEPS"), text);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() >= 2, "a long free text continues on the next page");
            String last = PrintedPdfs.text(document, document.getNumberOfPages(), document.getNumberOfPages());
            assertTrue(last.contains("Page " + document.getNumberOfPages() + " / " + document.getNumberOfPages()), last);
        }
        PrintedPdfs.assertPdfA2b(pdf, "Notification de refus d’admission – REF-1");
    }
}
