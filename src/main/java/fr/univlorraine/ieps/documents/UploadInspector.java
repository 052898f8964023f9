package fr.univlorraine.ieps.documents;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * The content check of uploads with the configured PDF limits. It may take seconds, so the upload
 * flow calls it between transactions, never inside one.
 */
@ApplicationScoped
public class UploadInspector {

    @Inject
    PdfConfig config;

    public ContentInspector.Inspection inspect(Path file, Set<FileKind> accepted) throws RefusedContent, IOException {
        return ContentInspector.inspect(file, accepted, config.limits());
    }
}
