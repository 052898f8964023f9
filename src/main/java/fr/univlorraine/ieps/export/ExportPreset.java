package fr.univlorraine.ieps.export;

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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A named choice of columns for one list, shared by the secretariat: any of them applies, replaces or deletes it.
 * The columns are stored by name; a name a later version no longer offers is skipped when the preset is read.
 */
@Entity
@Table(name = "export_preset")
public class ExportPreset extends PanacheEntityBase {

    public static final int MAX_NAME = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "list_name", nullable = false, length = 20)
    public ExportList list;

    @Column(nullable = false, length = MAX_NAME)
    public String name;

    /** Names of {@link ExportColumn} constants, in the list's order, separated by commas. */
    @Column(nullable = false, length = 1000)
    public String columns;

    @Column(name = "saved_by_name", nullable = false)
    public String savedByName;

    @Column(name = "saved_at", nullable = false)
    public Instant savedAt;

    /** The preset's columns that its list still offers, in the list's order. */
    public List<ExportColumn> columns() {
        List<String> names = Arrays.stream(columns.split(",")).filter(n -> ExportColumn.named(n).filter(list.columns::contains).isPresent()).toList();
        return ColumnChoice.of(list, names).columns();
    }

    public static List<ExportPreset> ofList(ExportList list) {
        return list("list = ?1 order by lower(name), id", list);
    }

    public static Optional<ExportPreset> named(ExportList list, String name) {
        return find("list = ?1 and name = ?2", list, name).firstResultOptional();
    }
}
