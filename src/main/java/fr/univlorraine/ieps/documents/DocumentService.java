package fr.univlorraine.ieps.documents;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationField;
import fr.univlorraine.ieps.application.SubmissionCheck;
import fr.univlorraine.ieps.web.FormErrors;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The documents of a dossier as its checklist asks them: each item with what was given for it, and the rule that
 * a dossier is submitted only with every required piece. What the candidate gives goes through {@link DocumentUploads}.
 */
@ApplicationScoped
public class DocumentService implements SubmissionCheck {

    public static final int MAX_REASON_LENGTH = 1000;

    /** One line of a dossier's checklist: the item and the document given for it, if any. */
    public record ChecklistLine(ChecklistItem item, ApplicationDocument document) {
        public DocumentType type() {
            return item.type;
        }

        /** Given and acceptable for submission: a file not refused, or "not concerned" where allowed. */
        public boolean satisfied() {
            return document != null && document.status != DocumentStatus.REFUSED;
        }

        public boolean required() {
            return item.requirement != Requirement.OPTIONAL;
        }

        public boolean missing() {
            return required() && !satisfied();
        }
    }

    /** The routes whose checklist applies: the entry route, plus VAP for a VAP candidate. */
    public static Set<String> routesOf(Application app) {
        Set<String> routes = new LinkedHashSet<>(List.of(app.entryRoute.name()));
        if (app.vap) {
            routes.add(ChecklistItem.VAP_ROUTE);
        }
        return routes;
    }

    /** The dossier's checklist in order, each item with its document; one item per type (the strictest wins). */
    public List<ChecklistLine> checklist(Application app) {
        Map<Long, ApplicationDocument> documents = ApplicationDocument.of(app).stream()
                .collect(Collectors.toMap(d -> d.type.id, Function.identity()));
        Map<Long, ChecklistItem> items = new LinkedHashMap<>();
        for (ChecklistItem item : ChecklistItem.of(app.track.level, routesOf(app))) {
            items.merge(item.type.id, item, (a, b) -> a.requirement.ordinal() <= b.requirement.ordinal() ? a : b);
        }
        return items.values().stream().map(item -> new ChecklistLine(item, documents.get(item.type.id))).toList();
    }

    @Override
    public List<String> missing(Application app, String lang) {
        return missing(app).stream().map(l -> l.type().label(lang)).toList();
    }

    public List<ChecklistLine> missing(Application app) {
        return checklist(app).stream().filter(ChecklistLine::missing).toList();
    }

    @Override
    public void check(Application app, FormErrors errors) {
        if (!missing(app).isEmpty()) {
            errors.add(ApplicationField.documents, DocumentError.DOCUMENTS_MISSING);
        }
    }

    /** What the candidate gave, in checklist order: files, and the items they declared not to concern them. */
    public List<ApplicationDocument> given(Application app) {
        List<ApplicationDocument> given = new ArrayList<>(
                checklist(app).stream().map(ChecklistLine::document).filter(Objects::nonNull).toList());
        ApplicationDocument.of(app).stream().filter(d -> !given.contains(d)).forEach(given::add);
        return given;
    }

    /** The documents that are files, in checklist order, for the dossier PDF. */
    public List<ApplicationDocument> files(Application app) {
        return given(app).stream().filter(ApplicationDocument::hasFile).toList();
    }
}
