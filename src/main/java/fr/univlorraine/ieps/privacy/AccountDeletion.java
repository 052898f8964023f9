package fr.univlorraine.ieps.privacy;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.CandidateMails;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.kernel.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A candidate deletes their account here. Their drafts (never submitted) go with every row and file; the dossiers
 * they submitted stay, under their campaign's retention rules (a public selection must be able to answer an appeal
 * and show how it chose), but the app forgets whose login they were: nobody can open them with that login again, and
 * no mail about them is written any more. The login itself lives at the login server: the page says where to delete
 * it. Refused while a dossier is still in the selection (the candidate would lose the way to follow it, answer an
 * offer or be told of a decision): withdrawing it first, or waiting for its end, is the candidate's choice.
 */
@ApplicationScoped
public class AccountDeletion {


    /** The statuses of a dossier still in the selection, or holding a place not yet enrolled. */
    static final Set<ApplicationStatus> IN_PROGRESS = EnumSet.of(ApplicationStatus.SUBMITTED,
            ApplicationStatus.INCOMPLETE, ApplicationStatus.COMPLETE, ApplicationStatus.UNDER_REVIEW,
            ApplicationStatus.ADMITTED, ApplicationStatus.WAITLISTED, ApplicationStatus.ACCEPTED);

    @Inject
    EntityManager em;

    @Inject
    CandidateMails mails;

    @Inject
    AfterCommit afterCommit;

    @Inject
    AppClock clock;

    /** What the deletion did: how many drafts went, how many submitted dossiers stay (without their owner). */
    public record Outcome(int draftsDeleted, int dossiersKept) {
    }

    /** A dossier still in the selection forbids the deletion. */
    public static boolean inProgress(Application app) {
        return IN_PROGRESS.contains(app.status);
    }

    /**
     * Deletes the account of the candidate signed in as {@code subject}; the confirmation goes to {@code email} (the
     * login's address, else the latest dossier's) in {@code lang}, written before any address is forgotten.
     */
    @Transactional
    public Outcome delete(String subject, String email, String lang) {
        List<Application> mine = Application.ofCandidate(subject);
        if (mine.stream().anyMatch(AccountDeletion::inProgress)) {
            throw new RuleViolation(RightsError.DOSSIER_IN_PROGRESS);
        }
        List<Long> drafts = mine.stream().filter(a -> a.status == ApplicationStatus.DRAFT).map(a -> a.id).toList();
        List<Long> kept = mine.stream().filter(a -> a.status != ApplicationStatus.DRAFT).map(a -> a.id).toList();
        mails.accountDeleted(MyDataService.addressOf(subject, email), lang, clock.now());
        em.flush();
        em.clear();
        if (!drafts.isEmpty()) {
            List<String> files = em.createQuery("select d.storedName from ApplicationDocument d "
                    + "where d.application.id in ?1 and d.storedName is not null", String.class)
                    .setParameter(1, drafts).getResultList();
            // the rows that do not follow their dossier by themselves, then the dossier (its other rows cascade); a
            // draft is never reviewed nor ranked, but a row there would otherwise stop the deletion
            for (String table : List.of("document_event", "application_document", "mail_outbox", "staff_digest_item",
                    "rank_change", "rank_position", "review")) {
                em.createNativeQuery("delete from " + table + " where application_id in (?1)").setParameter(1, drafts)
                        .executeUpdate();
            }
            em.createNativeQuery("delete from application where id in (?1)").setParameter(1, drafts).executeUpdate();
            afterCommit.deleteFiles(files);
        }
        if (!kept.isEmpty()) {
            // mails owed and not sent yet would reach someone who left: they go; the dossier keeps its history
            em.createNativeQuery("delete from mail_outbox where application_id in (?1) and state = 'PENDING'")
                    .setParameter(1, kept).executeUpdate();
            // a version step: a staff page saving the dossier in the meantime fails rather than writing the owner back
            em.createNativeQuery("update application set candidate_subject = null, version = version + 1 "
                    + "where id in (?1)").setParameter(1, kept).executeUpdate();
        }
        em.createNativeQuery("update platform_invitation set used_by = null where used_by = ?1").setParameter(1, subject)
                .executeUpdate();
        return new Outcome(drafts.size(), kept.size());
    }


}
