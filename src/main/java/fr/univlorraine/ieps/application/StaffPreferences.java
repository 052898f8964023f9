package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.notification.StaffContact;
import fr.univlorraine.ieps.notification.StaffMails;
import fr.univlorraine.ieps.security.CurrentUser;
import fr.univlorraine.ieps.security.Roles;
import fr.univlorraine.ieps.web.FormErrors;
import fr.univlorraine.ieps.web.Params;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** The current staff person's choices for their mails: immediate or one daily digest, in French or English. */
@RequestScoped
public class StaffPreferences {

    static final List<String> LANGUAGES = List.of("fr", "en");

    @Inject
    CurrentUser user;

    @Inject
    StaffMails staff;

    /** The current person as recorded from their login (recorded now if the page filter could not). */
    @Transactional
    public StaffContact contact() {
        return staff.seen(user.subject(), user.email(), user.displayName(), user.has(Roles.HEAD),
                user.has(Roles.SECRETARIAT), user.has(Roles.REVIEWER));
    }

    /** The items waiting for the person's next digest. */
    public long waiting(StaffContact contact) {
        return staff.waiting(contact.id);
    }

    /** Saves the choices, or gives the errors (nothing saved then). */
    @Transactional
    public FormErrors save(String rhythm, String lang) {
        FormErrors errors = new FormErrors();
        StaffContact.Rhythm chosen = Params.constant(StaffContact.Rhythm.class, rhythm);
        if (chosen == null) {
            errors.add(PreferencesField.rhythm, PreferencesError.RHYTHM_INVALID);
        }
        if (!LANGUAGES.contains(lang)) {
            errors.add(PreferencesField.lang, PreferencesError.LANG_INVALID);
        }
        if (errors.isEmpty()) {
            contact();
            staff.choose(user.subject(), chosen, lang);
        }
        return errors;
    }
}
