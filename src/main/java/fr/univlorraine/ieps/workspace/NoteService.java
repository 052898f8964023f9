package fr.univlorraine.ieps.workspace;

import fr.univlorraine.ieps.kernel.Counts;
import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.security.CurrentUser;
import fr.univlorraine.ieps.security.Roles;
import fr.univlorraine.ieps.web.FormCheck;
import fr.univlorraine.ieps.web.FormErrors;
import fr.univlorraine.ieps.web.Flashes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.util.EnumSet;
import java.util.List;

/**
 * The staff's private notes and labels on a dossier (the programme heads, the secretariat and the admin; never the
 * reviewers, never the candidate). A dossier is an application submitted at least once (it has a reference); a draft
 * is the candidate's own and has neither.
 */
@ApplicationScoped
public class NoteService {

    static final List<String> ROLES = List.of(Roles.HEAD, Roles.SECRETARIAT, Roles.ADMIN);

    @Inject
    AppClock clock;

    @Inject
    FormCheck check;

    @Inject
    CurrentUser user;


    /**
     * The notes and labels of a dossier for the dossier view, with the confirmation named by {@code ok}; null when the
     * current user may not read them (a reviewer), so that the fragment shows nothing.
     */
    public StaffNotes view(Long applicationId, String ok) {
        if (ROLES.stream().noneMatch(user::has)) {
            return null;
        }
        return new StaffNotes(applicationId, StaffNote.of(applicationId), DossierTag.of(applicationId),
                Flashes.of(EnumSet.allOf(NoteFlash.class), ok), "", "", new FormErrors());
    }

    /** The same after a refused note or label: what was typed comes back with its errors. */
    public StaffNotes refused(Long applicationId, String typedNote, String typedTag, FormErrors errors) {
        return new StaffNotes(applicationId, StaffNote.of(applicationId), DossierTag.of(applicationId), null,
                typedNote == null ? "" : typedNote, typedTag == null ? "" : typedTag, errors);
    }

    /** The dossier, or 404 for an unknown id or a draft. */
    public Application dossier(Long applicationId) {
        Application app = Application.find("from Application a join fetch a.track t join fetch t.campaign "
                + "where a.id = ?1 and a.reference is not null", applicationId).firstResult();
        if (app == null) {
            throw new NotFoundException();
        }
        return app;
    }

    /** Adds a note; the errors of the form when it is refused, and then nothing is written. */
    @Transactional
    public FormErrors addNote(Long applicationId, NoteForm form, ActorRef author) {
        Application app = dossier(applicationId);
        FormErrors errors = check.check(form);
        if (errors.any()) {
            return errors;
        }
        var note = new StaffNote();
        note.application = app;
        note.authorSubject = author.subject();
        note.authorName = author.name();
        note.createdAt = clock.now();
        note.body = form.note();
        note.persist();
        return errors;
    }

    /**
     * Puts a label on the dossier; nothing changes when it carries it already. Changes of one dossier's labels wait for
     * each other (the dossier's row is locked), so that two people adding labels at once never pass the limit or write
     * one twice; the caller records the change once this transaction is over, since the audit's own transaction
     * references the locked row.
     */
    @Transactional
    public TagChange addTag(Long applicationId, TagForm form, ActorRef author) {
        dossier(applicationId);
        FormErrors errors = check.check(form);
        if (errors.any()) {
            return new TagChange(errors, false);
        }
        Application app = Application.findById(applicationId, LockModeType.PESSIMISTIC_WRITE);
        if (Counts.of("select count(t) from DossierTag t where t.application.id = ?1 and t.label = ?2", applicationId,
                form.etiquette()) > 0) {
            return new TagChange(errors, false);
        }
        if (Counts.of("select count(t) from DossierTag t where t.application.id = ?1", applicationId) >= DossierTag.MAX_PER_DOSSIER) {
            return new TagChange(errors.add(NoteField.etiquette, NoteError.TAG_TOO_MANY), false);
        }
        var tag = new DossierTag();
        tag.application = app;
        tag.label = form.etiquette();
        tag.addedBy = author.shownName();
        tag.addedAt = clock.now();
        tag.persist();
        return new TagChange(errors, true);
    }

    /** What became of a label typed for a dossier: refused with these errors, added, or there already. */
    public record TagChange(FormErrors errors, boolean added) {
    }

    /** Takes a label off the dossier; the label removed, or null when it was no longer there (a second click). */
    @Transactional
    public String removeTag(Long applicationId, Long tagId) {
        dossier(applicationId);
        DossierTag tag = DossierTag.find("id = ?1 and application.id = ?2", tagId, applicationId).firstResult();
        if (tag == null) {
            return null;
        }
        tag.delete();
        return tag.label;
    }
}
