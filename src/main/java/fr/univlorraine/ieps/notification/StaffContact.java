package fr.univlorraine.ieps.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A staff person as their login shows them (address, name, staff roles), recorded when they open a staff page, with
 * the language and the rhythm they chose for their mails. Heads and the secretariat exist only as login roles: this is
 * how the app knows whom to write to.
 */
@Entity
@Table(name = "staff_contact")
public class StaffContact extends PanacheEntityBase {

    /** When a staff person gets their mails. */
    public enum Rhythm {
        /** Each mail when its cause happens. */
        IMMEDIATE,
        /** One mail a day gathering the day's items. */
        DAILY
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String subject;

    @Column(length = 254)
    public String email;

    @Column(name = "full_name", length = 200)
    public String fullName;

    @Column(name = "is_head", nullable = false)
    public boolean head;

    @Column(name = "is_secretariat", nullable = false)
    public boolean secretariat;

    @Column(name = "is_reviewer", nullable = false)
    public boolean reviewer;

    /** "fr" (the default) or "en". */
    @Column(nullable = false, length = 5)
    public String lang = "fr";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    public Rhythm rhythm = Rhythm.IMMEDIATE;

    @Column(name = "last_seen_at", nullable = false)
    public Instant lastSeenAt;

    /** The day (Paris) of the last digest written for this person: one a day at most. */
    @Column(name = "last_digest_on")
    public LocalDate lastDigestOn;

    public static Optional<StaffContact> bySubject(String subject) {
        return subject == null ? Optional.empty() : find("subject", subject).firstResultOptional();
    }

    /** The heads with an address, by id. */
    public static List<StaffContact> heads() {
        return list("head = true and email is not null order by id");
    }

    /** The secretariat's people with an address, by id. */
    public static List<StaffContact> secretariat() {
        return list("secretariat = true and email is not null order by id");
    }
}
