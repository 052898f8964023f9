package fr.univlorraine.ieps.documents;

import fr.univlorraine.ieps.application.Application;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** One document of a dossier (or the declaration that a conditional item does not apply). */
@Entity
@Table(name = "application_document")
public class ApplicationDocument extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    public Application application;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "document_type_id")
    public DocumentType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public DocumentStatus status;

    /** The name the candidate's file had, cleaned of anything but a plain name: display only. */
    @Column(name = "original_name")
    public String originalName;

    /** Generated name of the file in the documents folder; null for "not concerned". */
    @Column(name = "stored_name", unique = true, length = 80)
    public String storedName;

    @Column(name = "media_type", length = 40)
    public String mediaType;

    @Column(name = "size_bytes")
    public Long sizeBytes;

    @Column(length = 64)
    public String sha256;

    @Column(name = "page_count")
    public Integer pageCount;

    @Column(name = "not_concerned_reason", length = 1000)
    public String notConcernedReason;

    @Column(name = "refusal_reason", length = 1000)
    public String refusalReason;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false)
    public String uploadedBy;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Version
    public long version;

    public boolean hasFile() {
        return storedName != null;
    }

    public FileKind kind() {
        return Arrays.stream(FileKind.values()).filter(kind -> kind.mediaType.equals(mediaType)).findFirst().orElse(null);
    }

    /** A dossier's documents in checklist order. */
    public static List<ApplicationDocument> of(Application app) {
        return list("from ApplicationDocument d join fetch d.type t where d.application = ?1 order by t.position, t.id", app);
    }

    public static Optional<ApplicationDocument> of(Application app, DocumentType type) {
        return find("application = ?1 and type = ?2", app, type).firstResultOptional();
    }

    /** The document if it belongs to this dossier: another dossier's id looks like a missing one. */
    public static Optional<ApplicationDocument> inDossier(Long documentId, Application app) {
        return find("id = ?1 and application = ?2", documentId, app).firstResultOptional();
    }

    public static List<String> allStoredNames() {
        return getEntityManager().createQuery(
                "select d.storedName from ApplicationDocument d where d.storedName is not null", String.class).getResultList();
    }

    /**
     * This piece now holds a newly stored file, waiting to be checked: its name as given (made safe), kind, size,
     * checksum and pages; whatever the previous file's check said is gone.
     */
    void holdNewFile(DocumentStorage.StoredFile stored, ContentInspector.Inspection inspection, String fileName) {
        status = DocumentStatus.PENDING;
        originalName = FileNames.sanitise(fileName, inspection.kind());
        storedName = stored.storedName();
        mediaType = inspection.kind().mediaType;
        sizeBytes = stored.size();
        sha256 = stored.sha256();
        pageCount = inspection.pageCount();
        notConcernedReason = null;
        reviewedAt = null;
        reviewedBy = null;
    }
}
