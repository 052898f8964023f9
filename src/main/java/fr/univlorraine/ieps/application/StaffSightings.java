package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.notification.StaffMails;
import fr.univlorraine.ieps.security.CurrentUser;
import fr.univlorraine.ieps.security.Roles;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Heads and the secretariat exist only as roles of their logins: the app learns whom to write to when a staff person
 * opens any page, by recording their login's address, name and staff roles ({@link StaffMails#seen}). Each instance
 * remembers what it last recorded for a login, so a person is written again only when their login changed (a new
 * role, a new address): one read and write per person and instance, not one per request.
 */
public class StaffSightings {

    private static final Logger LOG = Logger.getLogger(StaffSightings.class);

    /** Login subject to what was last recorded for it: a shortcut only, the database holds the truth. */
    private static final Map<String, String> RECORDED = new ConcurrentHashMap<>();

    @Inject
    CurrentUser user;

    @Inject
    StaffMails staff;

    // after matching: it runs on the worker thread of the (blocking) page it precedes
    @ServerRequestFilter
    public void recordStaff() {
        if (!user.isLoggedIn() || !user.isStaff()) {
            return;
        }
        String subject = user.subject();
        boolean head = user.has(Roles.HEAD);
        boolean secretariat = user.has(Roles.SECRETARIAT);
        boolean reviewer = user.has(Roles.REVIEWER);
        String seen = user.email() + "|" + user.displayName() + "|" + head + secretariat + reviewer;
        if (seen.equals(RECORDED.get(subject))) {
            return;
        }
        try {
            staff.seen(subject, user.email(), user.displayName(), head, secretariat, reviewer);
            RECORDED.put(subject, seen);
        } catch (RuntimeException e) {
            // the page matters more than the record, which the next page tries again
            LOG.warnf("Staff login %s not recorded: %s", subject, e.getMessage());
        }
    }
}
