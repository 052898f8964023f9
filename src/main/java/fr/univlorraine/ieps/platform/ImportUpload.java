package fr.univlorraine.ieps.platform;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A file uploaded for an import, kept in the database between the import's steps (so that any instance of the app
 * serves the next step) under a random id, for its uploader only: its cells as read and the mapping chosen for it.
 */
@Entity
@Table(name = "import_upload")
public class ImportUpload extends PanacheEntityBase {

    @Id
    @Column(length = 36)
    public String id;

    @Column(name = "owner_subject", nullable = false)
    public String ownerSubject;

    @Column(name = "track_id", nullable = false)
    public Long trackId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ImportKind kind;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "row_count", nullable = false)
    public int rowCount;

    /** The cells as UTF-8 CSV ({@link Sheet#bytes}). */
    @Column(nullable = false)
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Basic(fetch = FetchType.LAZY)
    public byte[] content;

    /** The mapping chosen for this file; null until it is chosen. */
    @Column(length = 4000)
    public String columns;

    @Column(length = 4000)
    public String words;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public Sheet sheet() {
        return Sheet.of(content);
    }

    /** The mapping chosen for this file, if one was. */
    public Optional<Mapping> mapping() {
        return columns == null ? Optional.empty() : Optional.of(Mapping.of(columns, words));
    }

    /** The upload of this id, if it is this person's, for this track. */
    public static Optional<ImportUpload> of(String id, String subject, Long trackId) {
        return find("id = ?1 and ownerSubject = ?2 and trackId = ?3", id, subject, trackId).firstResultOptional();
    }

    /** Forgets uploads older than {@code before}. */
    public static long forgetBefore(Instant before) {
        return delete("createdAt < ?1", before);
    }
}
