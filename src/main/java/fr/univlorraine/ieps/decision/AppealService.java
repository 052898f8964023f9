package fr.univlorraine.ieps.decision;

import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.web.FormCheck;
import fr.univlorraine.ieps.web.FormErrors;
import fr.univlorraine.ieps.web.FormVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;

/** The admin's changes to the routes and time limits of appeal, one text per level in French and English. */
@ApplicationScoped
public class AppealService {

    @Inject
    FormCheck check;

    /** Both levels' texts, M1 first. */
    @Transactional
    public List<AppealText> all() {
        return Arrays.stream(Level.values()).map(AppealText::of).toList();
    }

    @Transactional
    public AppealText of(Level level) {
        return AppealText.of(level);
    }

    /**
     * Saves both languages of a level; returns the field errors, nothing written when there are any. A form made from
     * an older version is refused as a whole ({@link MotiveRefusal#STALE}): someone else saved meanwhile.
     */
    @Transactional
    public FormErrors save(Level level, AppealForm form) {
        AppealText text = AppealText.of(level);
        FormErrors errors = check.check(form);
        if (text.version != FormVersion.parse(form.version(), -1)) {
            throw new MotiveRefused(MotiveRefusal.STALE);
        }
        if (errors.any()) {
            return errors;
        }
        text.textFr = form.textFr();
        text.textEn = form.textEn();
        return errors;
    }
}
