package fr.univlorraine.ieps.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/**
 * Candidates of the fault tests, who act over plain HTTP rather than through a browser: an account at Keycloak, a
 * draft dossier on M1 whose text is ready to submit, and a bearer token of a client of the realm that gives the app as
 * audience (the app takes bearer tokens on its pages as on its API; they need no CSRF token).
 */
final class Candidates {

    static final String CLIENT = "ieps-fault-tests";
    private static final String SECRET = "ieps-fault-tests-secret";
    private static final String PASSWORD = "Pannes-Metz-2027";

    /** A candidate, their dossier and what they saved in it. */
    record Candidate(String firstName, String lastName, String email, String subject, long dossier,
            String professionalProject, String researchProject) {
    }

    private Candidates() {
    }

    /** A new account (a name of its own, never seen by another test) with a draft dossier on M1. */
    static Candidate withDraft(RealStack stack, String firstName, String lastName) throws Exception {
        stack.keycloak.createTestClient(CLIENT, SECRET, "admissions-ieps");
        String email = java.text.Normalizer.normalize(firstName + "." + lastName, java.text.Normalizer.Form.NFD)
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z.]", "") + "." + UUID.randomUUID().toString().substring(0, 8)
                + "@example.org";
        String subject = stack.keycloak.createCandidateUser(email, firstName, lastName, PASSWORD);
        String professional = "Je veux devenir chargée d'études dans un observatoire social, pour documenter les effets"
                + " des politiques d'insertion sur les jeunes adultes ; mes stages en mission locale m'ont donné le goût de"
                + " l'enquête au service de la décision publique. (" + firstName + " " + lastName + ")";
        String research = "Les parcours des jeunes accompagnés par les missions locales de Moselle et la manière dont le"
                + " contrat d'engagement jeune transforme le travail des conseillers, étudiés par entretiens et par"
                + " l'observation de rendez-vous. (" + firstName + " " + lastName + ")";
        long dossier;
        try (Connection db = stack.database()) {
            dossier = Dossiers.draft(db, "M1", subject, email, firstName, lastName, professional, research);
        }
        return new Candidate(firstName, lastName, email, subject, dossier, professional, research);
    }

    /** A bearer token of the candidate, valid 5 minutes (the realm's access token lifespan). */
    static String token(RealStack stack, Candidate candidate) throws Exception {
        return stack.keycloak.passwordGrantToken(KeycloakServer.REALM, CLIENT, SECRET, candidate.email(), PASSWORD);
    }

    static String password() {
        return PASSWORD;
    }

    /**
     * The dossier form as the page sends it: every field as saved but the professional project, the button pressed
     * and the version of the dossier the page was drawn from.
     */
    static String dossierForm(Candidate candidate, String professionalProject, String action, long version) {
        var fields = new LinkedHashMap<String, String>();
        fields.put("entryRoute", "INITIALE");
        fields.put("civility", "MME");
        fields.put("firstName", candidate.firstName());
        fields.put("lastName", candidate.lastName());
        fields.put("birthDate", "2002-03-14");
        fields.put("nationality", "française");
        fields.put("email", candidate.email());
        fields.put("phone", "06 12 34 56 78");
        fields.put("address", "1 rue des Récollets");
        fields.put("postalCode", "57000");
        fields.put("city", "Metz");
        fields.put("country", "France");
        fields.put("degreeTitle", "Licence de sociologie");
        fields.put("degreeInstitution", "Université de Lorraine");
        fields.put("degreeYear", "2025");
        fields.put("degreeGrade", "Bien");
        fields.put("professionalProject", professionalProject);
        fields.put("researchProject", candidate.researchProject());
        fields.put("themes", "POVERTY");
        fields.put("declarationAccuracy", "on");
        fields.put("declarationPrivacy", "on");
        fields.put("version", String.valueOf(version));
        fields.put("action", action);
        return encode(fields);
    }

    static String encode(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    /** The dossier's version in the database, as the form page would carry it. */
    static long version(RealStack stack, long dossier) throws SQLException {
        try (Connection db = stack.database(); PreparedStatement q = db.prepareStatement("select version from application where id = ?")) {
            q.setLong(1, dossier);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * A PDF of a few pages whose first page names the piece (so that each file's bytes are its own), made heavy like a
     * scan with a filler image drawn off the page.
     */
    static byte[] pdf(String label, int minBytes) throws IOException {
        try (PDDocument document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 1; i <= 2; i++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (var content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 14);
                    content.newLineAtOffset(72, 700);
                    content.showText(label + " - page " + i);
                    content.endText();
                    if (minBytes > 0 && i == 1) {
                        content.drawImage(LosslessFactory.createFromImage(document, noise(label, minBytes)), 0, 0, 1, 1);
                    }
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static java.awt.image.BufferedImage noise(String label, int bytes) {
        int side = (int) Math.max(8, Math.sqrt(bytes / 3.0));
        var image = new java.awt.image.BufferedImage(side, side, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var random = new java.util.Random(label.hashCode());
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        return image;
    }
}
