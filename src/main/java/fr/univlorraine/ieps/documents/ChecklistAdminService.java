package fr.univlorraine.ieps.documents;

import fr.univlorraine.ieps.web.FieldError;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.web.FormErrors;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The admin's changes to the document types and to what each level and route asks for. */
@ApplicationScoped
public class ChecklistAdminService {

    public static final List<String> ROUTES = java.util.Arrays.stream(ChecklistRoute.values()).map(Enum::name).toList();

    /** What the admin typed for a document type. */
    public record TypeForm(String code, String labelFr, String labelEn, String helpFr, String helpEn, Set<FileKind> formats,
            String maxSizeMb, long version) {

        /** A text field by name, for the admin page's generic fields. */
        public String get(String field) {
            return DocumentType.field(field, labelFr, labelEn, helpFr, helpEn);
        }

        FormErrors validate(boolean isNew) {
            var errors = new FormErrors();
            if (isNew && (code == null || !code.matches("[A-Z][A-Z0-9_]{1,39}"))) {
                errors.add(ChecklistField.code, DocumentError.TYPE_CODE);
            }
            text(errors, ChecklistField.labelFr, labelFr, 200);
            text(errors, ChecklistField.labelEn, labelEn, 200);
            text(errors, ChecklistField.helpFr, helpFr, 1000);
            text(errors, ChecklistField.helpEn, helpEn, 1000);
            if (formats.isEmpty()) {
                errors.add(ChecklistField.formats, DocumentError.FORMATS_REQUIRED);
            }
            Integer size = size();
            if (size == null || size < 1 || size > 50) {
                errors.add(ChecklistField.maxSizeMb, DocumentError.MAX_SIZE);
            }
            return errors;
        }

        Integer size() {
            try {
                return Integer.valueOf(maxSizeMb == null ? "" : maxSizeMb.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }

        private static void text(FormErrors errors, ChecklistField field, String value, int max) {
            if (value == null || value.isBlank()) {
                errors.add(field, FieldError.REQUIRED);
            } else if (value.strip().length() > max) {
                errors.add(field, FieldError.tooLong(max));
            }
        }
    }

    /** Creates or updates a type; returns the errors (nothing is written when there are any). */
    @Transactional
    public FormErrors save(Long id, TypeForm form) {
        FormErrors errors = form.validate(id == null);
        if (id == null && errors.isEmpty() && DocumentType.byCode(form.code()) != null) {
            errors.add(ChecklistField.code, DocumentError.TYPE_CODE_TAKEN);
        }
        if (errors.any()) {
            return errors;
        }
        DocumentType type;
        if (id == null) {
            type = new DocumentType();
            type.code = form.code();
            type.position = DocumentType.ordered().stream().mapToInt(t -> t.position).max().orElse(0) + 1;
        } else {
            type = DocumentType.<DocumentType>findByIdOptional(id).orElseThrow(NotFoundException::new);
            if (type.version != form.version()) {
                throw new OptimisticLockException();
            }
        }
        type.labelFr = form.labelFr().strip();
        type.labelEn = form.labelEn().strip();
        type.helpFr = form.helpFr().strip();
        type.helpEn = form.helpEn().strip();
        type.acceptedFormats = form.formats().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        type.maxSizeMb = form.size();
        type.persist();
        return errors;
    }

    /** Replaces what a level asks: for each route and type, a requirement or nothing. */
    @Transactional
    public void saveChecklist(Level level, Map<String, Map<Long, Requirement>> requirements) {
        List<ChecklistItem> current = ChecklistItem.list("level", level);
        for (String route : ROUTES) {
            for (DocumentType type : DocumentType.ordered()) {
                Requirement wanted = requirements.getOrDefault(route, Map.of()).get(type.id);
                ChecklistItem existing = current.stream()
                        .filter(i -> i.route.equals(route) && i.type.id.equals(type.id)).findFirst().orElse(null);
                if (wanted == null && existing != null) {
                    existing.delete();
                } else if (wanted != null && existing == null) {
                    var item = new ChecklistItem();
                    item.level = level;
                    item.route = route;
                    item.type = type;
                    item.requirement = wanted;
                    item.persist();
                } else if (wanted != null) {
                    existing.requirement = wanted;
                }
            }
        }
    }
}
