package fr.univlorraine.ieps.documents;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** The only kinds of file a candidate may upload, as decided from their content by {@link ContentInspector}. */
public enum FileKind {
    PDF("application/pdf", "pdf"),
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png");

    /** The content type to serve the file with: ours, never the browser's. */
    public final String mediaType;
    /** The extension to give the file on download, whatever the candidate named it. */
    public final String extension;

    FileKind(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /**
     * Parses "PDF,JPEG,PNG" (as stored in the database); unknown names are an IllegalArgumentException.
     * Blanks around names and empty items are tolerated so a hand-edited row does not break uploads.
     */
    public static Set<FileKind> parseList(String csv) {
        EnumSet<FileKind> kinds = EnumSet.noneOf(FileKind.class);
        if (csv != null) {
            Arrays.stream(csv.split(",")).map(String::trim).filter(name -> !name.isEmpty()).map(FileKind::valueOf)
                    .forEach(kinds::add);
        }
        return Collections.unmodifiableSet(kinds);
    }
}
