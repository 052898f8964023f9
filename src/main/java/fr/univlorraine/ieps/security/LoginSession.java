package fr.univlorraine.ieps.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * A login session kept by the server. The browser's session cookie holds only a random key whose
 * SHA-256 is stored here, next to the session's tokens encrypted with that key: ending the row
 * (logout here or at the login server) refuses every copy of the cookie at once.
 */
@Entity
@Table(name = "login_session")
public class LoginSession extends PanacheEntityBase {

    /** Why a session ended. */
    public enum End {
        LOGOUT, LOGIN_SERVER_LOGOUT, REPLACED, FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "key_hash", nullable = false, length = 64, unique = true)
    public String keyHash;

    @Column(name = "binding_hash", nullable = false, length = 64)
    public String bindingHash;

    @Column(nullable = false)
    public String subject;

    /** The login server's session (the ID token's sid claim), which its back-channel logout names. */
    @Column(name = "idp_session")
    public String idpSession;

    @Column(nullable = false, length = 32000)
    public String tokens;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "refreshed_at", nullable = false)
    public Instant refreshedAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "ended_at")
    public Instant endedAt;

    @Column(name = "end_reason", length = 30)
    public String endReason;

    public static Optional<LoginSession> byKeyHash(String keyHash) {
        return find("keyHash", keyHash).firstResultOptional();
    }

    public boolean isOpen(Instant now) {
        return endedAt == null && now.isBefore(expiresAt);
    }
}
