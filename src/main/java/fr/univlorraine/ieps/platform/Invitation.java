package fr.univlorraine.ieps.platform;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The head's invitation of a platform candidate to follow their imported dossier here: a single-use link that
 * expires. Only the SHA-256 of the link's token is kept.
 */
@Entity
@Table(name = "platform_invitation")
public class Invitation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "application_id", nullable = false)
    public Long applicationId;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    public String tokenHash;

    /** The address the link was sent to. */
    @Column(nullable = false, length = 254)
    public String email;

    @Column(name = "invited_at", nullable = false)
    public Instant invitedAt;

    @Column(name = "invited_by", nullable = false)
    public String invitedBy;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "used_at")
    public Instant usedAt;

    @Column(name = "used_by")
    public String usedBy;

    /** A newer invitation of the same dossier replaced this one. */
    @Column(name = "revoked_at")
    public Instant revokedAt;

    static Invitation byHash(String tokenHash, boolean lock) {
        return lock ? find("tokenHash", tokenHash).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult()
                : find("tokenHash", tokenHash).firstResult();
    }

    /** The dossier's latest invitation, or null. */
    static Invitation latest(Long applicationId) {
        return find("applicationId = ?1 order by invitedAt desc, id desc", applicationId).firstResult();
    }

    /** Every invitation of the dossier still open: the newer one replaces them. */
    static void revokeOpen(Long applicationId, Instant now) {
        update("revokedAt = ?1 where applicationId = ?2 and usedAt is null and revokedAt is null", now, applicationId);
    }
}
