package fr.univlorraine.ieps.audit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The audit trail is append-only: no code of the app deletes or changes a line, by Panache, by JPQL or by SQL. The only
 * deletion is of the addresses (IP) past their time ({@link AuditAddresses}); the only writer of a line's fields is the
 * one that creates it ({@link AuditLog}, {@link AuditChain}), and only the chain moves its head.
 */
class AuditAppendOnlyTest {

    private static final Set<String> PANACHE_WRITES = Set.of("delete", "deleteAll", "deleteById", "update", "merge");
    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("fr.univlorraine.ieps");
    }

    @Test
    void noCodeDeletesOrUpdatesALineThroughTheEntity() {
        noClasses().should().callMethodWhere(DescribedPredicate.describe("a delete or update of AuditEvent or its head",
                (JavaMethodCall call) -> (call.getTargetOwner().isEquivalentTo(AuditEvent.class)
                        || call.getTargetOwner().isEquivalentTo(AuditChainHead.class))
                        && PANACHE_WRITES.contains(call.getName())))
                .because("the audit trail is append-only").check(classes);
    }

    @Test
    void onlyTheWriterOfANewLineSetsItsFieldsAndOnlyTheChainMovesItsHead() {
        noClasses().that().doNotHaveFullyQualifiedName(AuditLog.class.getName())
                .and().doNotHaveFullyQualifiedName(AuditChain.class.getName())
                .should().setFieldWhere(DescribedPredicate.describe("a field of AuditEvent or AuditChainHead",
                        (JavaFieldAccess access) -> access.getTargetOwner().isEquivalentTo(AuditEvent.class)
                                || access.getTargetOwner().isEquivalentTo(AuditChainHead.class)))
                .because("a line, once written, is never changed (a managed entity's field set is an update)")
                .check(classes);
    }

    @Test
    void noQueryDeletesOrUpdatesALineOrTheHead() throws IOException {
        Pattern write = Pattern.compile("(?i)(delete\\s+from|update)\\s+(audit_event|AuditEvent|audit_chain_head|AuditChainHead)\\b"
                + "|(?i)(drop|truncate|alter)\\s+table\\s+(audit_event|audit_chain_head)\\b");
        List<String> found;
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            found = files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".sql") && !isReleasedMigration(p))
                    .filter(p -> write.matcher(read(p)).find())
                    .map(Path::toString).toList();
        }
        assertEquals(List.of(), found, "no code of the app deletes or updates an audit line");
    }

    /** The migrations up to V29 built the table (V29 moved its dossier column); later ones may not touch it. */
    private static boolean isReleasedMigration(Path p) {
        var m = Pattern.compile("V(\\d+)__").matcher(p.getFileName().toString());
        return m.find() && Integer.parseInt(m.group(1)) <= 29;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
