package fr.univlorraine.ieps.documents;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.kernel.Actor;
import fr.univlorraine.ieps.kernel.ActorRef;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One step in the life of a dossier's document: who did what, when, with which file or reason. */
@Entity
@Table(name = "document_event")
public class DocumentEvent extends PanacheEntityBase {

    public enum Action {
        UPLOADED, REPLACED, NOT_CONCERNED, VALIDATED, REFUSED, REMOVED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    public Application application;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "document_type_id")
    public DocumentType type;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "actor_subject", nullable = false)
    public String actorSubject;

    @Column(name = "actor_name")
    public String actorName;

    @Enumerated(EnumType.STRING)
    @Column(name = "actor_role", nullable = false, length = 20)
    public Actor actorRole;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Action action;

    @Column(name = "file_name")
    public String fileName;

    @Column(length = 64)
    public String sha256;

    @Column(length = 1000)
    public String reason;

    static void record(ApplicationDocument document, ActorRef actor, Action action, Instant at, String reason) {
        var event = new DocumentEvent();
        event.application = document.application;
        event.type = document.type;
        event.occurredAt = at;
        event.actorSubject = actor.subject();
        event.actorName = actor.name();
        event.actorRole = actor.role();
        event.action = action;
        event.fileName = document.originalName;
        event.sha256 = document.sha256;
        event.reason = reason;
        event.persist();
    }

    public static List<DocumentEvent> of(Application app) {
        return list("from DocumentEvent e join fetch e.type where e.application = ?1 order by e.occurredAt desc, e.id desc", app);
    }
}
