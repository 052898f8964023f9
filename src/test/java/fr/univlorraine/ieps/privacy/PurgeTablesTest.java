package fr.univlorraine.ieps.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The purge knows every table that holds a dossier's rows: read from the migrations (each table created with an
 * application_id column, or given one later), every one but the audit trail's is cleared by the purge, and the
 * purge tests count each of them.
 */
class PurgeTablesTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern CREATE = Pattern.compile("(?is)create table (\\w+) \\((.*?)\\n\\);");
    private static final Pattern ADD = Pattern.compile("(?i)alter table (\\w+) add column application_id\\b");
    /** Its lines outlive the dossier (the id stays as the trace); the purge never changes them. */
    private static final Set<String> KEPT = Set.of("audit_event");

    @Test
    void everyTableOfADossierIsPurged() throws IOException {
        Set<String> tables = dossierTables();
        assertTrue(tables.size() > 15, "found " + tables);
        List<String> statements = new ArrayList<>(PurgeService.CONTENT);
        statements.addAll(PurgeService.DOSSIER_ONLY);
        List<String> missing = tables.stream().filter(t -> !KEPT.contains(t))
                .filter(t -> statements.stream().noneMatch(s -> s.startsWith("delete from " + t + " where"))).toList();
        assertEquals(List.of(), missing, "tables of a dossier the purge leaves");
        assertTrue(statements.stream().noneMatch(s -> s.contains("audit_event")), "the audit trail is never touched");
        assertTrue(statements.stream().anyMatch(s -> s.startsWith("delete from review_score ")), "the scores of its reviews");
    }

    @Test
    void thePurgeTestsCountEveryTableOfADossier() throws IOException {
        Set<String> counted = new TreeSet<>(PurgeFixtures.COUNTS.keySet());
        Set<String> expected = dossierTables();
        expected.removeAll(KEPT);
        expected.add("application");
        expected.add("review_score");
        assertEquals(expected, counted);
    }

    /** The tables with an application_id column, as the migrations make them. */
    static Set<String> dossierTables() throws IOException {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                String sql = Files.readString(file).replaceAll("--[^\\n]*", "");
                Matcher create = CREATE.matcher(sql);
                while (create.find()) {
                    if (Pattern.compile("(?m)^\\s*application_id\\s").matcher(create.group(2)).find()) {
                        tables.add(create.group(1).toLowerCase());
                    }
                }
                Matcher add = ADD.matcher(sql);
                while (add.find()) {
                    tables.add(add.group(1).toLowerCase());
                }
            }
        }
        return tables;
    }
}
