package fr.univlorraine.ieps.documents;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationOrigin;
import fr.univlorraine.ieps.application.ApplicationField;
import fr.univlorraine.ieps.application.SubmissionCheck;
import fr.univlorraine.ieps.application.SubmissionCheck.MissingPiece;
import fr.univlorraine.ieps.application.SubmissionCheck.Pieces;
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

    /**
     * One line of a dossier's checklist: the item, the document given for it, if any, and the condition of the item
     * that the dossier's answers do not meet ({@code notYet}, null when the item applies as the checklist says).
     */
    public record ChecklistLine(ChecklistItem item, ApplicationDocument document, RequiredWhen notYet) {

        ChecklistLine(ChecklistItem item, ApplicationDocument document, Application app) {
            this(item, document, item.requiredWhen == null || item.requiredWhen.holds(app) ? null : item.requiredWhen);
        }

        public DocumentType type() {
            return item.type;
        }

        /** "Not concerned" is offered only where the checklist allows it and the answers call for the piece. */
        public boolean offersNotConcerned() {
            return item.requirement == Requirement.CONDITIONAL && notYet == null;
        }

        /** Given and acceptable for submission: a file not refused, or "not concerned" where allowed. */
        public boolean satisfied() {
            return document != null && document.status != DocumentStatus.REFUSED;
        }

        /** Required now: by the checklist, and by the dossier's answers when the item depends on one. */
        public boolean required() {
            return notYet == null && item.requirement != Requirement.OPTIONAL;
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
        if (app.origin == ApplicationOrigin.PLATFORM) {
            // the platform's own PDF of the dossier holds what the candidate gave there: it is the one piece to check
            DocumentType type = DocumentType.byCode(DocumentType.PLATFORM_DOSSIER);
            if (type == null) {
                return List.of();
            }
            ChecklistItem item = new ChecklistItem();
            item.level = app.track.level;
            item.route = app.entryRoute.name();
            item.type = type;
            item.requirement = Requirement.MANDATORY;
            return List.of(new ChecklistLine(item, documents.get(type.id), app));
        }
        for (ChecklistItem item : ChecklistItem.of(app.track.level, routesOf(app))) {
            items.merge(item.type.id, item, (a, b) -> a.requirement.ordinal() <= b.requirement.ordinal() ? a : b);
        }
        return items.values().stream().map(item -> new ChecklistLine(item, documents.get(item.type.id), app)).toList();
    }

    @Override
    public Pieces pieces(Application app, String lang) {
        List<ChecklistLine> required = checklist(app).stream().filter(ChecklistLine::required).toList();
        List<MissingPiece> missing = required.stream().filter(ChecklistLine::missing)
                .map(l -> new MissingPiece(l.type().label(lang), anchor(app, l.type().code))).toList();
        return new Pieces(required.size() - missing.size(), required.size(), missing);
    }

    /** The piece on the candidate's pieces page. */
    public static String anchor(Application app, String typeCode) {
        return "/candidatures/" + app.id + "/pieces#piece-" + typeCode;
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
