package fr.univlorraine.ieps.kernel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** A database out of reach is told from a bug by the SQL state among the causes, however deep. */
class FailuresTest {

    @Test
    void aRefusedConnectionOrAServerShuttingDownIsTheDatabaseOutOfReach() {
        assertTrue(Failures.databaseUnreachable(new SQLException("Connection refused", "08001")));
        assertTrue(Failures.databaseUnreachable(new IllegalStateException("wrapped",
                new RuntimeException(new SQLException("An I/O error occurred while sending to the backend", "08006")))));
        assertTrue(Failures.databaseUnreachable(new RuntimeException(
                new SQLException("terminating connection due to administrator command", "57P01"))));
        assertTrue(Failures.databaseUnreachable(new SQLException("the database system is starting up", "57P03")));
    }

    @Test
    void anyOtherFailureIsNot() {
        assertFalse(Failures.databaseUnreachable(new SQLException("syntax error", "42601")));
        assertFalse(Failures.databaseUnreachable(new SQLException("could not obtain lock", "55P03")));
        assertFalse(Failures.databaseUnreachable(new SQLException("no state")));
        assertFalse(Failures.databaseUnreachable(new IllegalStateException("a bug")));
        assertFalse(Failures.databaseUnreachable(null));
    }
}
