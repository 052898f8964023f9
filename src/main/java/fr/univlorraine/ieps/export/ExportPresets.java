package fr.univlorraine.ieps.export;

import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.kernel.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The secretariat's saved choices of columns. Shared by the whole secretariat rather than kept per person: the team
 * is two or three people who export for the same tools (Apogée, the timetable, the welcome day), and a preset one of
 * them made is what the others need when covering for them. Saving under a name the list already has replaces it.
 */
@ApplicationScoped
public class ExportPresets {

    @Inject
    AppClock clock;

    /** Every preset, by list, each list's by name. */
    @Transactional
    public Map<ExportList, List<ExportPreset>> byList() {
        Map<ExportList, List<ExportPreset>> all = new EnumMap<>(ExportList.class);
        for (ExportList list : ExportList.values()) {
            all.put(list, ExportPreset.ofList(list));
        }
        return all;
    }

    @Transactional
    public ExportPreset find(Long id) {
        return id == null ? null : ExportPreset.findById(id);
    }

    /** Saves the choice under this name (trimmed), replacing the list's preset of the same name; returns its id. */
    @Transactional
    public Long save(ExportList list, String name, List<ExportColumn> columns, ActorRef by) {
        String trimmed = name.strip();
        ExportPreset preset = ExportPreset.named(list, trimmed).orElseGet(ExportPreset::new);
        preset.list = list;
        preset.name = trimmed;
        preset.columns = columns.stream().map(Enum::name).collect(Collectors.joining(","));
        preset.savedByName = by.name();
        preset.savedAt = clock.now();
        preset.persist();
        return preset.id;
    }

    /** Deletes the preset; false when there was none of that id. */
    @Transactional
    public boolean delete(Long id) {
        return id != null && ExportPreset.deleteById(id);
    }
}
