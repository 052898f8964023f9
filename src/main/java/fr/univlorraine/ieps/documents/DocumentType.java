package fr.univlorraine.ieps.documents;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import java.util.Set;

/** A kind of document the programme may ask for (CV, transcripts...), with its labels and limits. */
@Entity
@Table(name = "document_type")
public class DocumentType extends PanacheEntityBase {

    /** The code of the piece a dossier imported from the national platform holds: the platform's PDF of it (V27). */
    public static final String PLATFORM_DOSSIER = "MONMASTER";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, length = 40)
    public String code;

    @Column(name = "label_fr", nullable = false, length = 200)
    public String labelFr;

    @Column(name = "label_en", nullable = false, length = 200)
    public String labelEn;

    @Column(name = "help_fr", nullable = false, length = 1000)
    public String helpFr;

    @Column(name = "help_en", nullable = false, length = 1000)
    public String helpEn;

    /** PDF, JPEG, PNG separated by commas; the kind is decided from the file's content. */
    @Column(name = "accepted_formats", nullable = false, length = 40)
    public String acceptedFormats;

    @Column(name = "max_size_mb", nullable = false)
    public int maxSizeMb;

    @Column(nullable = false)
    public int position;

    /** A model the admin offers candidates for this piece (the VAP file): its file in the documents folder, or null. */
    @Column(name = "template_stored_name", length = 32)
    public String templateStoredName;

    /** The name the model is downloaded under. */
    @Column(name = "template_file_name", length = 255)
    public String templateFileName;

    /** Its content type, decided from its content ({@link TemplateKind}). */
    @Column(name = "template_media_type", length = 100)
    public String templateMediaType;

    @Column(name = "template_size_bytes")
    public Long templateSizeBytes;

    @Version
    public long version;

    public boolean hasTemplate() {
        return templateStoredName != null;
    }

    public String label(String lang) {
        return "en".equals(lang) ? labelEn : labelFr;
    }

    public String help(String lang) {
        return "en".equals(lang) ? helpEn : helpFr;
    }

    /** A text field by name, for the admin page's generic fields. */
    public String get(String field) {
        return field(field, labelFr, labelEn, helpFr, helpEn);
    }

    /** The one of these texts the admin page's generic field names; for the type and for what the admin typed. */
    static String field(String field, String labelFr, String labelEn, String helpFr, String helpEn) {
        return switch (field) {
            case "labelFr" -> labelFr;
            case "labelEn" -> labelEn;
            case "helpFr" -> helpFr;
            case "helpEn" -> helpEn;
            default -> null;
        };
    }

    public Set<FileKind> accepted() {
        return FileKind.parseList(acceptedFormats);
    }

    /** Whether photos may be sent for it, made into one PDF by the server: the piece takes a PDF. */
    public boolean takesPhotos() {
        return accepted().contains(FileKind.PDF);
    }

    /** What may be sent for it: its formats, and photos when it takes a PDF. */
    public Set<FileKind> sendable() {
        Set<FileKind> kinds = java.util.EnumSet.copyOf(accepted());
        if (takesPhotos()) {
            kinds.add(FileKind.JPEG);
            kinds.add(FileKind.PNG);
        }
        return kinds;
    }

    /** "PDF, JPEG, PNG" for people. */
    public String formatsText() {
        return acceptedFormats.replace(",", ", ");
    }

    public long maxBytes() {
        return maxSizeMb * 1024L * 1024L;
    }

    public static List<DocumentType> ordered() {
        return list("order by position, id");
    }

    /** The stored names of every model, for the sweep of the documents folder. */
    public static List<String> templateStoredNames() {
        return getEntityManager().createQuery("select t.templateStoredName from DocumentType t where t.templateStoredName is not null",
                String.class).getResultList();
    }

    public static DocumentType byCode(String code) {
        return find("code", code).firstResult();
    }
}
