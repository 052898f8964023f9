package fr.univlorraine.ieps.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash of a line of the audit trail: SHA-256 over a canonical form of its fields and the hash of the line before
 * it. Each field is written as its length, a colon and its text (null as {@code -}), so that no two lines share a form;
 * the time is its ISO instant at millisecond precision, as the database keeps it. The address (IP) is not part of it:
 * it is forgotten after a while, and the line must stay the same.
 */
public final class AuditHash {

    /** The hash before the first line of the chain. */
    public static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    public static String of(AuditEvent e, String previous) {
        StringBuilder form = new StringBuilder();
        field(form, String.valueOf(e.chainSeq));
        field(form, e.occurredAt == null ? null : e.occurredAt.toString());
        field(form, e.actorSubject);
        field(form, e.actorName);
        field(form, e.actorRoles);
        field(form, e.action);
        field(form, e.applicationId == null ? null : e.applicationId.toString());
        field(form, e.documentId == null ? null : e.documentId.toString());
        field(form, e.detail);
        field(form, previous);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(form.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("every Java has SHA-256", e1);
        }
    }

    private static void field(StringBuilder form, String value) {
        if (value == null) {
            form.append('-');
        } else {
            form.append(value.length()).append(':').append(value);
        }
        form.append('|');
    }
}
