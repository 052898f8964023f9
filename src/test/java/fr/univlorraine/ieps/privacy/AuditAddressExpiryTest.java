package fr.univlorraine.ieps.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.univlorraine.ieps.audit.AuditAddress;
import fr.univlorraine.ieps.audit.AuditChain;
import fr.univlorraine.ieps.audit.AuditEvent;
import fr.univlorraine.ieps.campaign.MutableClock;
import fr.univlorraine.ieps.jobs.Job;
import fr.univlorraine.ieps.jobs.JobRun;
import fr.univlorraine.ieps.kernel.AppClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The addresses (IP) of the audit trail are kept {@code ieps.audit.ip-retention-days} (180 days), then the daily job
 * forgets them: the lines stay, their chain still checks out, and the journal says the address is forgotten.
 */
@QuarkusTest
class AuditAddressExpiryTest {

    @Inject
    AuditAddressExpiry expiry;

    @Inject
    AuditChain chain;

    private static Long lastExportOf(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>find(
                "action = 'EXPORT_AUDIT' and actorSubject = ?1 order by id desc", subject).firstResult().id);
    }

    private static AuditAddress address(Long eventId) {
        return QuarkusTransaction.requiringNew().call(() -> AuditAddress.findById(eventId));
    }

    @Test
    @TestSecurity(user = "ip-admin", roles = "admin")
    void addressesOlderThanTheirTimeAreForgottenAndTheLinesAndTheirChainStay() {
        Instant start = Instant.parse("2032-01-10T10:00:00Z");
        MutableClock clock = new MutableClock(start);
        QuarkusMock.installMockForType(clock, AppClock.class);
        given().queryParam("personne", "nobody-ip").get("/dpo/journal.csv").then().statusCode(200);
        Long old = lastExportOf("ip-admin");
        clock.set(start.plus(Duration.ofDays(100)));
        given().queryParam("personne", "nobody-ip").get("/dpo/journal.csv").then().statusCode(200);
        Long recent = lastExportOf("ip-admin");
        assertNotNull(address(old), "the address of a line is kept with it");
        String line = QuarkusTransaction.requiringNew().call(() -> AuditEvent.<AuditEvent>findById(old).lineHash);

        clock.set(start.plus(Duration.ofDays(181)));
        var run = expiry.run();
        assertTrue(run.done() >= 1);
        assertEquals(0, run.failed());
        assertNull(address(old), "forgotten after 180 days");
        assertNotNull(address(recent), "kept until its time");
        AuditEvent kept = QuarkusTransaction.requiringNew().call(() -> AuditEvent.findById(old));
        assertNotNull(kept, "the line stays");
        assertEquals(line, kept.lineHash);
        assertTrue(chain.verify().intact());
        assertEquals(Job.AUDIT_IP_EXPIRY.name(), QuarkusTransaction.requiringNew().call(
                () -> JobRun.<JobRun>findById(Job.AUDIT_IP_EXPIRY.name()).job));

        var again = expiry.run();
        assertEquals(0, again.done(), "nothing more to forget");
        given().queryParam("type", "EXPORT_AUDIT").queryParam("personne", "ip-admin").queryParam("au", "2032-01-10")
                .get("/dpo/journal").then().statusCode(200).body(containsString("oubliée"));
    }
}
