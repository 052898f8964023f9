package fr.univlorraine.ieps.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.univlorraine.ieps.FormPost;
import fr.univlorraine.ieps.decision.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The registry, the archive and the deletion on PostgreSQL, the production database: its tables, types and SQL. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
class MyDataPostgresTest {

    static final String ME = "pg-rights-candidate";

    @Inject
    DataSource dataSource;

    @Test
    void theRegistryNamesEveryTableOfPostgres() throws Exception {
        Set<String> tables = new TreeSet<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet rs = connection.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        assertTrue(tables.size() > 40, tables.toString());
        assertEquals(PersonalDataTables.named(), tables);
    }

    @Test
    @TestSecurity(user = ME, roles = "candidate")
    void theArchiveThenTheDeletion() throws Exception {
        MyDataFixtures.Candidate me = MyDataFixtures.candidate(ME);
        MyDataFixtures.Candidate other = MyDataFixtures.candidate("pg-rights-other");
        byte[] zip = given().get("/mes-donnees/archive.zip").then().statusCode(200).extract().asByteArray();
        String text = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(MyDataArchive.JSON)) {
                    text = new String(content, StandardCharsets.UTF_8);
                }
            }
        }
        JsonNode json = new ObjectMapper().readTree(text);
        for (var table : PersonalDataTables.personal()) {
            assertTrue(json.get("tables").get(table.table()).size() > 0, "none of my rows in " + table.table());
        }
        assertTrue(text.contains("Licence " + me.marker()));
        assertFalse(text.contains(other.marker()));
        assertTrue(json.get("tables").get("enrolment_sheet").get(0).get("birth_date").asText().equals("2001-02-03"));

        FormPost.from("/mes-donnees").formParam("confirm", "on").post("/mes-donnees/suppression")
                .then().statusCode(303).header("Location", endsWith("/deconnexion"));
        assertEquals(0, MyDataFixtures.rows("application_document", List.of(me.draft())));
        assertEquals(1L, ((Number) MyDataFixtures.value(
                "select count(*) from application where id = ?1 and candidate_subject is null", me.submitted())).longValue());
    }
}
