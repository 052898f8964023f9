package fr.univlorraine.ieps.platform;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The mapping last saved for a kind of file, offered again for the next file of that kind. Shared by the heads and the
 * secretariat: they import the same platform's files, and whoever imports next needs what the other chose.
 */
@Entity
@Table(name = "import_mapping")
public class ImportMapping extends PanacheEntityBase {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public ImportKind kind;

    @Column(nullable = false, length = 4000)
    public String columns;

    @Column(nullable = false, length = 4000)
    public String words;

    @Column(name = "saved_by_name", nullable = false)
    public String savedByName;

    @Column(name = "saved_at", nullable = false)
    public Instant savedAt;

    @Version
    public long version;

    public Mapping mapping() {
        return Mapping.of(columns, words);
    }
}
