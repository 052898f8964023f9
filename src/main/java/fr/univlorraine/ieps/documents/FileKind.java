package fr.univlorraine.ieps.documents;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The kinds of file the programme accepts, decided from the content. */
public enum FileKind {
    PDF("application/pdf", "pdf"), JPEG("image/jpeg", "jpg"), PNG("image/png", "png");

    public final String mediaType;
    public final String extension;

    FileKind(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** Parses "PDF,JPEG,PNG" (as stored in the database); unknown names are an IllegalArgumentException. */
    public static Set<FileKind> parseList(String csv) {
        Set<FileKind> kinds = EnumSet.noneOf(FileKind.class);
        for (String name : csv.split(",")) {
            if (!name.isBlank()) {
                kinds.add(FileKind.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            }
        }
        return kinds;
    }
}
