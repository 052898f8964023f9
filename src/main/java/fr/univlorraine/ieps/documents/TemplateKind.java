package fr.univlorraine.ieps.documents;

/** The kinds of file the admin may offer as a model of a piece, as decided from their content by {@link TemplateFiles}. */
public enum TemplateKind {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    ODT("application/vnd.oasis.opendocument.text", "odt");

    /** The content type to serve the file with: ours, never the browser's. */
    public final String mediaType;
    public final String extension;

    TemplateKind(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    /** What the file field of the admin's page offers to pick. */
    public static String accept() {
        StringBuilder accept = new StringBuilder();
        for (TemplateKind kind : values()) {
            accept.append(accept.isEmpty() ? "" : ",").append('.').append(kind.extension).append(',').append(kind.mediaType);
        }
        return accept.toString();
    }
}
