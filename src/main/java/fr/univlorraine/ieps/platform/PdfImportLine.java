package fr.univlorraine.ieps.platform;

import fr.univlorraine.ieps.documents.DocumentError;
import fr.univlorraine.ieps.documents.PdfRefusal;
import fr.univlorraine.ieps.kernel.Localizable;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;

/**
 * What became of one file of an imported ZIP. A refusal is a {@link PdfImportProblem} or the content check's own
 * reason, kept as "doc:FILE_TYPE" ({@link DocumentError}) or "pdf:JAVASCRIPT" ({@link PdfRefusal}).
 */
@Entity
@Table(name = "platform_pdf_import_line")
public class PdfImportLine extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "import_id", nullable = false)
    public Long importId;

    @Column(nullable = false)
    public int position;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public PdfImportOutcome outcome;

    @Column(length = 60)
    public String problem;

    @Column(name = "application_id")
    public Long applicationId;

    /** Why it was refused, in the reader's language; null when stored. */
    public Localizable reason() {
        if (problem == null) {
            return null;
        }
        if (problem.startsWith("doc:")) {
            return DocumentError.valueOf(problem.substring(4));
        }
        if (problem.startsWith("pdf:")) {
            return PdfRefusal.valueOf(problem.substring(4));
        }
        return PdfImportProblem.valueOf(problem);
    }

    public boolean refused() {
        return outcome == PdfImportOutcome.REFUSED;
    }

    static List<PdfImportLine> of(PdfImport result) {
        return list("importId = ?1 order by position", result.id);
    }
}
