package fr.univlorraine.ieps.platform;

import fr.univlorraine.ieps.kernel.Localizable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The platform's files the staff import: the candidates' list, and the status file with the platform's outcomes. */
public enum ImportKind implements Localizable {
    CANDIDATES("candidats"),
    OUTCOMES("resultats");

    /** The kind as the upload form sends it. */
    public final String slug;

    ImportKind(String slug) {
        this.slug = slug;
    }

    /** The app's fields a file of this kind fills, in the order of the mapping screen. */
    public List<MappingField> fields() {
        return Arrays.stream(MappingField.values()).filter(f -> f.of == this).toList();
    }

    public static Optional<ImportKind> ofSlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }

    @Override
    public String text(String lang) {
        return Localizable.bundle(ImportMessages.class, lang).kind(this);
    }
}
