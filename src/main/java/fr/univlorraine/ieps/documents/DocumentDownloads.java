package fr.univlorraine.ieps.documents;

import io.quarkus.arc.Arc;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.ResponseBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How a stored document goes to a browser: its real type (decided at upload), inline so PDFs and images
 * open in the browser (or as an attachment), the original name for display, and nothing the browser
 * could sniff or run. The PDFs the app prints go the same way.
 */
public final class DocumentDownloads {

    private DocumentDownloads() {
    }

    public static Response response(ApplicationDocument document, boolean attachment) {
        return response(document, attachment, document.originalName);
    }

    /**
     * The same for a blind reader: the candidate's file name may carry their name ("CV_Camille_Lefevre.pdf"),
     * so the file goes under the dossier's reference and the piece's code ("IEPS-2027-M1-0042-CV.pdf").
     */
    public static Response anonymous(ApplicationDocument document, boolean attachment) {
        return response(document, attachment, anonymousName(document));
    }

    static String anonymousName(ApplicationDocument document) {
        String name = document.originalName == null ? "" : document.originalName;
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot).replaceAll("[^A-Za-z0-9.]", "");
        String reference = document.application.reference == null ? "dossier" : document.application.reference;
        return reference + "-" + document.type.code + extension;
    }

    private static Response response(ApplicationDocument document, boolean attachment, String name) {
        DocumentStorage storage = Arc.container().instance(DocumentStorage.class).get();
        Path file = storage.pathOf(document.storedName);
        if (!Files.isRegularFile(file)) {
            throw new NotFoundException();
        }
        return privately(Response.ok(file.toFile(), document.mediaType),
                disposition(attachment ? "attachment" : "inline", name));
    }

    /** A merged dossier written to a temporary file, shown in the browser and deleted once sent. */
    public static Response dossier(Path file, String reference) {
        return privately(TemporaryDownload.of(file, "application/pdf"), disposition("inline", "dossier-" + reference + ".pdf"));
    }

    /** A PDF the app printed (receipt, letter, minutes), shown in the browser under a plain ASCII name. */
    public static Response pdf(byte[] pdf, String fileName) {
        return privately(Response.ok(pdf, "application/pdf"), "inline; filename=\"" + fileName + "\"");
    }

    /** RFC 6266: an ASCII fallback and the UTF-8 name. */
    public static String disposition(String type, String name) {
        String ascii = name.replaceAll("[^A-Za-z0-9._ ()-]", "_");
        return type + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Response privately(ResponseBuilder response, String disposition) {
        return response.header("Content-Disposition", disposition).header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store").build();
    }
}
