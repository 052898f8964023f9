package fr.univlorraine.ieps.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.univlorraine.ieps.FormPost;
import fr.univlorraine.ieps.TestIds;
import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.EntryRoute;
import fr.univlorraine.ieps.application.PlatformTrack;
import fr.univlorraine.ieps.campaign.Campaign;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.campaign.Track;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Tracks of the platform made for one test, the platform's files, and the steps of an import as a browser sends them. */
final class PlatformImports {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private PlatformImports() {
    }

    /** A new campaign of its own (an unused year far in the past) with an M1 track whose routes apply on the platform. */
    static Long platformTrack(Set<EntryRoute> routes) {
        return QuarkusTransaction.requiringNew().call(() -> {
            int year;
            do {
                year = 1500 + ThreadLocalRandom.current().nextInt(400);
            } while (Campaign.count("startYear", year) > 0);
            Campaign campaign = new Campaign();
            campaign.code = "P" + TestIds.digits(8);
            campaign.startYear = year;
            campaign.createdAt = Instant.parse("2020-01-01T00:00:00Z");
            campaign.persist();
            Track track = new Track();
            track.campaign = campaign;
            track.level = Level.M1;
            track.capacity = 19;
            track.opensAt = Instant.parse("2020-02-01T00:00:00Z");
            track.closesAt = track.opensAt.plus(30, ChronoUnit.DAYS);
            track.reviewDeadline = track.closesAt.plus(30, ChronoUnit.DAYS);
            track.decisionsPublishedAt = track.reviewDeadline.plus(10, ChronoUnit.DAYS);
            track.offerResponseDays = 7;
            track.reminderDaysBefore = 2;
            track.persist();
            if (!routes.isEmpty()) {
                PlatformTrack platform = new PlatformTrack();
                platform.trackId = track.id;
                platform.routes = EnumSet.copyOf(routes);
                platform.persist();
            }
            return track.id;
        });
    }

    static Long platformTrack() {
        return platformTrack(EnumSet.of(EntryRoute.INITIALE, EntryRoute.ALTERNANCE));
    }

    static String page(Long trackId) {
        return "/plateforme/" + trackId + "/import";
    }

    /** The candidates' list as the platform gives it, header first. */
    static final List<String> HEADER = List.of("N° candidat", "Nom", "Prénom(s)", "Adresse mail", "Date de naissance",
            "Dernier diplôme obtenu", "Régime d'inscription", "Téléphone");

    /** A candidate's row; {@code i} makes the name, e-mail and number different from the others'. */
    static List<String> candidate(String number, int i) {
        return new ArrayList<>(List.of(number, "Martin" + i, "Zoé", "zoe.martin" + i + "@example.org", "15/03/2001",
                "Licence de sociologie", "Formation initiale", "06 12 34 56 78"));
    }

    static String number() {
        return "MM" + TestIds.digits(8);
    }

    static byte[] csv(List<String> header, List<List<String>> rows, char separator) {
        StringBuilder text = new StringBuilder();
        for (List<String> row : concat(header, rows)) {
            List<String> cells = row.stream().map(c -> c.indexOf(separator) >= 0 || c.contains("\"")
                    ? "\"" + c.replace("\"", "\"\"") + "\"" : c).toList();
            text.append(String.join(String.valueOf(separator), cells)).append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A workbook of the rows; cells of the birth-date column written as real dates, as a spreadsheet program does. */
    static byte[] xlsx(List<String> header, List<List<String>> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("Candidats");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            int r = 0;
            for (List<String> cells : concat(header, rows)) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < cells.size(); c++) {
                    String value = cells.get(c);
                    if (r > 0 && header.get(c).startsWith("Date") && value.matches("\\d\\d/\\d\\d/\\d{4}")) {
                        String[] dmy = value.split("/");
                        row.createCell(c).setCellValue(LocalDate.of(Integer.parseInt(dmy[2]), Integer.parseInt(dmy[1]),
                                Integer.parseInt(dmy[0])));
                        row.getCell(c).setCellStyle(date);
                    } else if (r > 0 && c == 0 && value.matches("\\d+")) {
                        row.createCell(c).setCellValue(Double.parseDouble(value));
                    } else {
                        row.createCell(c).setCellValue(value);
                    }
                }
                r++;
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<String>> concat(List<String> header, List<List<String>> rows) {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        return all;
    }

    /** Uploads the file as the current user's browser would (with the form's CSRF token); the answer, not followed. */
    static Response upload(Long trackId, String kind, String fileName, byte[] content, String type) {
        String token = FormPost.token(page(trackId));
        return given().redirects().follow(false).multiPart("csrf-token", token).multiPart("type", kind)
                .multiPart("fichier", fileName, content, type).post(page(trackId));
    }

    /** Uploads the file, which must be accepted; the address of its mapping screen. */
    static String uploaded(Long trackId, String kind, String fileName, byte[] content, String type) {
        Response response = upload(trackId, kind, fileName, content, type);
        assertEquals(303, response.statusCode(), response.asString());
        return URI_PATH.apply(response.header("Location"));
    }

    static final java.util.function.Function<String, String> URI_PATH = location -> java.net.URI.create(location).getPath();

    /** Posts the mapping screen with these fields (column index by field name, "mot"/"issue" pairs); not followed. */
    static Response map(String mapping, Map<String, ?> fields) {
        var request = FormPost.from(mapping);
        fields.forEach((name, value) -> {
            if (value instanceof List<?> values) {
                request.formParam(name, values.toArray());
            } else {
                request.formParam(name, value);
            }
        });
        return request.post(mapping);
    }

    /** The mapping of the platform's usual headers ({@link #HEADER}) as the screen's fields. */
    static Map<String, Object> usualMapping() {
        return Map.of("col-NUMBER", 0, "col-LAST_NAME", 1, "col-FIRST_NAMES", 2, "col-EMAIL", 3, "col-BIRTH_DATE", 4,
                "col-LAST_DIPLOMA", 5, "col-ROUTE", 6, "col-PHONE", 7);
    }

    /** Uploads, maps and confirms the candidates' file; fails unless it is written. */
    static void importCandidates(Long trackId, byte[] content, String fileName, String type) {
        String mapping = uploaded(trackId, "candidats", fileName, content, type);
        Response mapped = map(mapping, usualMapping());
        assertEquals(303, mapped.statusCode(), mapped.asString());
        Response confirmed = FormPost.from(mapping + "/apercu").post(mapping + "/confirmer");
        assertEquals(303, confirmed.statusCode(), confirmed.asString());
    }

    /** The option selected in a list of the page (its value), or null. */
    static String selected(String html, String selectId) {
        Matcher select = Pattern.compile("<select id=\"" + Pattern.quote(selectId) + "\"[^>]*>(.*?)</select>", Pattern.DOTALL)
                .matcher(html);
        if (!select.find()) {
            throw new AssertionError("no list " + selectId);
        }
        Matcher option = Pattern.compile("<option value=\"([^\"]*)\" selected>").matcher(select.group(1));
        return option.find() ? option.group(1) : null;
    }

    static List<Application> dossiers(Long trackId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Application> found = Application.list("track.id = ?1 order by platformNumber", trackId);
            found.forEach(a -> a.degrees.size());
            return found;
        });
    }
}
