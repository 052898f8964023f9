package fr.univlorraine.ieps.documents;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationForm;
import fr.univlorraine.ieps.application.ApplicationForms;
import fr.univlorraine.ieps.application.EntryRoute;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Drafts on the first M1 track with every required document uploaded, and the complete form their candidate sends. */
final class ReadyDossiers {

    /** A draft ready to submit: its id and the form that submits it. */
    record Ready(Long id, ApplicationForm form) {
    }

    private ReadyDossiers() {
    }

    /** The documents are named after {@code names} in turn (then after their code). */
    static Ready prepare(String subject, List<String> names) throws Exception {
        Long id = CandidateDocumentResourceTest.draftOf(subject, EntryRoute.INITIALE);
        DocumentService documents = Arc.container().instance(DocumentService.class).get();
        DocumentUploads uploads = Arc.container().instance(DocumentUploads.class).get();
        Path pdf = Files.write(Files.createTempFile("ready", ".pdf"), Fixtures.pdf(2));
        List<String> left = new ArrayList<>(names);
        try {
            for (var line : QuarkusTransaction.requiringNew().call(() -> documents.checklist(Application.findById(id)))) {
                if (line.required()) {
                    String name = left.isEmpty() ? line.type().code.toLowerCase() + ".pdf" : left.remove(0);
                    uploads.upload(id, subject, line.type().code, pdf, name);
                }
            }
        } finally {
            Files.deleteIfExists(pdf);
        }
        var params = new MultivaluedHashMap<String, String>();
        Application app = QuarkusTransaction.requiringNew().call(() -> Application.findById(id));
        params.add("version", String.valueOf(app.version));
        params.add("entryRoute", "INITIALE");
        for (String[] kv : new String[][] {{"civility", "MME"}, {"firstName", "Łucja"}, {"lastName", "Dvořák"},
                {"birthDate", "2001-03-02"}, {"nationality", "polonaise"}, {"email", subject + "@example.fr"},
                {"phone", "0601020304"}, {"address", "1 rue des Clercs"}, {"postalCode", "57000"}, {"city", "Metz"},
                {"country", "France"}, {"degreeTitle", "Licence de sociologie"}, {"degreeInstitution", "Uniwersytet Łódzki"},
                {"degreeYear", "2025"}, {"professionalProject", "x".repeat(250)}, {"researchProject", "y".repeat(250)},
                {"themes", "ACCESS_TO_RIGHTS"}, {"declarationAccuracy", "on"}, {"declarationPrivacy", "on"}}) {
            params.add(kv[0], kv[1]);
        }
        return new Ready(id, ApplicationForms.bind(params));
    }
}
