package fr.univlorraine.ieps.notification;

import fr.univlorraine.ieps.kernel.Counts;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.kernel.SiteConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Mails to staff. A staff person is known by their login ({@link StaffContact}, recorded when they open a staff page);
 * a reviewer by the address of their team member, which is the one their login was linked with. Each mail is written
 * in the transaction of its cause: to the outbox for a person who wants their mails at once (and for the secretariat's
 * shared address, used when no head or no secretariat person has signed in yet), to their digest for a person who
 * chose one mail a day, which the digest job writes ({@link #digest}).
 */
@ApplicationScoped
public class StaffMails {

    private static final Logger LOG = Logger.getLogger(StaffMails.class);

    @Inject
    AppClock clock;

    @Inject
    SiteConfig site;

    @Inject
    EntityManager em;

    /** One addressee of a staff mail; {@code contact} is null for an address without login (their mail goes at once). */
    record Recipient(String to, String lang, String name, StaffContact contact) {
    }

    /** Writes the mail in the caller's transaction (a new one if there is none), once per addressee. */
    @Transactional
    void owe(@Observes StaffMail mail) {
        Instant now = clock.now();
        for (Recipient recipient : recipients(mail)) {
            if (recipient.contact() != null && recipient.contact().rhythm == StaffContact.Rhythm.DAILY
                    && recipient.contact().email != null) {
                var item = new StaffDigestItem();
                item.contactId = recipient.contact().id;
                item.kind = mail.kind();
                item.applicationId = mail.applicationId();
                item.reference = mail.reference();
                item.level = mail.level();
                item.statedAt = mail.date();
                item.createdAt = now;
                item.persist();
            } else {
                OutboxMail.of(new ApplicationMail(mail.kind(), mail.applicationId(), recipient.to(), recipient.lang(),
                        mail.reference(), mail.level(), mail.date(), recipient.name(), List.of(), null, null), now)
                        .persist();
            }
        }
    }

    private List<Recipient> recipients(StaffMail mail) {
        return switch (mail.audience()) {
            case PERSON -> {
                StaffContact contact = StaffContact.bySubject(mail.subject()).orElse(null);
                String to = mail.to() != null && !mail.to().isBlank() ? mail.to() : contact == null ? null : contact.email;
                if (to == null) {
                    LOG.warnf("Staff mail %s for %s not written: no address", mail.kind(), mail.reference());
                    yield List.of();
                }
                yield List.of(contact == null ? new Recipient(to, "fr", null, null)
                        : new Recipient(to, contact.lang, contact.fullName, contact));
            }
            case HEADS -> people(StaffContact.heads());
            case SECRETARIAT -> people(StaffContact.secretariat());
        };
    }

    /** The people of a group, or the secretariat's shared address (in French, at once) when none has signed in yet. */
    private List<Recipient> people(List<StaffContact> contacts) {
        if (contacts.isEmpty()) {
            return List.of(new Recipient(site.secretariatEmail(), "fr", null, null));
        }
        return contacts.stream().map(c -> new Recipient(c.email, c.lang, c.fullName, c)).toList();
    }

    /**
     * Records the staff person behind a login, creating them on first sight with French mails sent at once; their
     * address, name and roles follow their login. Their choices stay.
     */
    @Transactional
    public StaffContact seen(String subject, String email, String name, boolean head, boolean secretariat,
            boolean reviewer) {
        StaffContact contact = StaffContact.bySubject(subject).orElseGet(StaffContact::new);
        contact.subject = subject;
        contact.email = email == null || email.isBlank() ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
        contact.fullName = name == null || name.isBlank() ? null : cut(name.strip(), 200);
        contact.head = head;
        contact.secretariat = secretariat;
        contact.reviewer = reviewer;
        contact.lastSeenAt = clock.now();
        if (contact.id == null) {
            contact.persist();
        }
        return contact;
    }

    /** The person's choices: the rhythm of their mails and their language. */
    @Transactional
    public void choose(String subject, StaffContact.Rhythm rhythm, String lang) {
        StaffContact contact = StaffContact.bySubject(subject).orElseThrow();
        contact.rhythm = rhythm;
        contact.lang = lang;
    }

    /** The items waiting for the person's next digest. */
    @Transactional
    public long waiting(Long contactId) {
        return Counts.of("select count(i) from StaffDigestItem i where i.contactId = ?1 and i.digestedAt is null", contactId);
    }

    /** The people whose digest is due: items waiting, and no digest written for them yet today (Paris). */
    public List<Long> dueDigests() {
        LocalDate today = clock.nowInParis().toLocalDate();
        return em.createQuery("select c.id from StaffContact c where (c.lastDigestOn is null or c.lastDigestOn < ?1) "
                + "and exists (select i.id from StaffDigestItem i where i.contactId = c.id and i.digestedAt is null) "
                + "order by c.id", Long.class).setParameter(1, today).getResultList();
    }

    /**
     * Writes one person's digest: their waiting items in one mail, in their language, the items marked as carried, and
     * today noted as the day of their digest, all in one transaction. The day is claimed by a conditional update, so a
     * second run the same day (or another instance running at the same moment) writes nothing. Whether it wrote one.
     */
    @Transactional
    public boolean digest(Long contactId) {
        Instant now = clock.now();
        LocalDate today = clock.nowInParis().toLocalDate();
        List<StaffDigestItem> items = StaffDigestItem.list("contactId = ?1 and digestedAt is null order by createdAt, id",
                contactId);
        if (items.isEmpty()) {
            return false;
        }
        int claimed = em.createQuery("update StaffContact c set c.lastDigestOn = ?1 where c.id = ?2 "
                + "and (c.lastDigestOn is null or c.lastDigestOn < ?1)").setParameter(1, today).setParameter(2, contactId)
                .executeUpdate();
        if (claimed == 0) {
            return false;
        }
        StaffContact contact = em.find(StaffContact.class, contactId);
        em.refresh(contact);
        if (contact.email == null) {
            return false;
        }
        List<String> lines = items.stream().map(i -> StaffMailText.line(i, contact.lang, site.publicUrl())).toList();
        OutboxMail.of(new ApplicationMail(ApplicationMail.Kind.STAFF_DIGEST, null, contact.email, contact.lang, null,
                null, now, contact.fullName, lines, null, null), now).persist();
        items.forEach(i -> i.digestedAt = now);
        return true;
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
