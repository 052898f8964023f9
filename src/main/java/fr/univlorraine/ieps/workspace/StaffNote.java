package fr.univlorraine.ieps.workspace;

import fr.univlorraine.ieps.application.Application;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** A private note of the staff on a dossier: never shown to the candidate, never exported. Notes are only added. */
@Entity
@Table(name = "staff_note")
public class StaffNote extends PanacheEntityBase {

    public static final int MAX_BODY = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    public Application application;

    @Column(name = "author_subject", nullable = false)
    public String authorSubject;

    @Column(name = "author_name")
    public String authorName;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(nullable = false, length = MAX_BODY)
    public String body;

    /** The name to show for the author, or their account when it has none. */
    public String author() {
        return authorName == null ? authorSubject : authorName;
    }

    /** The dossier's notes, newest first. */
    public static List<StaffNote> of(Long applicationId) {
        return list("application.id = ?1 order by createdAt desc, id desc", applicationId);
    }
}
