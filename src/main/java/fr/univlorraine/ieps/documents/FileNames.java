package fr.univlorraine.ieps.documents;

import java.text.Normalizer;

/** The candidate's file name, kept for display only: no path, no control or odd characters, a sane length. */
final class FileNames {

    private static final int MAX = 120;

    private FileNames() {
    }

    static String sanitise(String name, FileKind kind) {
        return sanitise(name, kind.extension);
    }

    /** The same for a file of another kind (a model offered by the admin), with its extension. */
    static String sanitise(String name, String ext) {
        String base = name == null ? "" : name;
        base = base.substring(Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\')) + 1);
        base = Normalizer.normalize(base, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cntrl}\\p{Cf}]", "")
                .replaceAll("[^\\p{L}\\p{N} ._()\\-']", "_")
                .replaceAll("^[.\\s]+", "")
                .strip();
        if (base.length() > MAX) {
            base = base.substring(0, MAX);
        }
        if (base.isBlank() || base.chars().allMatch(c -> c == '_' || c == '.')) {
            base = "document";
        }
        String extension = "." + ext;
        if (!base.toLowerCase(java.util.Locale.ROOT).endsWith(extension)) {
            base = base + extension;
        }
        return base;
    }

    /** The name without its extension, for a file made from it in another format: "IMG_0042.jpg" gives "IMG_0042". */
    static String withoutExtension(String name) {
        return name == null ? null : name.replaceFirst("\\.[^./\\\\]{1,10}$", "");
    }
}
