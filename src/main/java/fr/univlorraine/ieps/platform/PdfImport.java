package fr.univlorraine.ieps.platform;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One ZIP of the platform's PDF files imported for a track, with its counts; {@link PdfImportLine} has each file. */
@Entity
@Table(name = "platform_pdf_import")
public class PdfImport extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "track_id", nullable = false)
    public Long trackId;

    @Column(name = "zip_name")
    public String zipName;

    @Column(name = "imported_at", nullable = false)
    public Instant importedAt;

    @Column(name = "imported_by", nullable = false)
    public String importedBy;

    @Column(nullable = false)
    public int stored;

    @Column(nullable = false)
    public int replaced;

    @Column(nullable = false)
    public int unchanged;

    @Column(nullable = false)
    public int refused;

    public int total() {
        return stored + replaced + unchanged + refused;
    }

    /** The import if it belongs to this track: another track's id looks like a missing one. */
    static PdfImport ofTrack(Long id, Long trackId) {
        return find("id = ?1 and trackId = ?2", id, trackId).firstResult();
    }

    /** The track's latest imports, newest first. */
    static List<PdfImport> latest(Long trackId, int max) {
        return find("trackId = ?1 order by importedAt desc, id desc", trackId).page(0, max).list();
    }
}
