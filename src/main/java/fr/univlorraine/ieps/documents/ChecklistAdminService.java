package fr.univlorraine.ieps.documents;

import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.web.FormCheck;
import fr.univlorraine.ieps.web.FormErrors;
import fr.univlorraine.ieps.web.FormVersion;
import fr.univlorraine.ieps.web.Whole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import jakarta.validation.groups.Default;
import jakarta.ws.rs.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The admin's changes to the document types and to what each level and route asks for. */
@ApplicationScoped
public class ChecklistAdminService {

    public static final List<String> ROUTES = java.util.Arrays.stream(ChecklistRoute.values()).map(Enum::name).toList();

    @Inject
    FormCheck check;

    /** Creates or updates a type; returns the errors (nothing is written when there are any). */
    @Transactional
    public FormErrors save(Long id, TypeForm form) {
        FormErrors errors = check.check(form, id == null ? TypeForm.New.class : Default.class);
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
            if (type.version != FormVersion.parse(form.version(), 0)) {
                throw new OptimisticLockException();
            }
        }
        type.labelFr = form.labelFr();
        type.labelEn = form.labelEn();
        type.helpFr = form.helpFr();
        type.helpEn = form.helpEn();
        type.acceptedFormats = form.formats().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        type.maxSizeMb = Whole.Check.number(form.maxSizeMb());
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
