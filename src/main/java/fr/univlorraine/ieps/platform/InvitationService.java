package fr.univlorraine.ieps.platform;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationOrigin;
import fr.univlorraine.ieps.audit.AuditLog;
import fr.univlorraine.ieps.kernel.ActorRef;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.kernel.RuleViolation;
import fr.univlorraine.ieps.kernel.SiteConfig;
import fr.univlorraine.ieps.kernel.Texts;
import fr.univlorraine.ieps.notification.ApplicationMail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * The head's invitation of a platform candidate: a mail with a link made of 32 random bytes, single-use and expiring,
 * of which only the SHA-256 is kept. The candidate who opens it and signs in takes the dossier up: it gets their
 * account, they see it among their applications, and the usual mails about it reach them from then on
 * ({@link fr.univlorraine.ieps.application.CandidateMails#mayMail}). The invitation's mail is the one mail a platform
 * dossier gets before that, so it is written here rather than through CandidateMails.
 */
@ApplicationScoped
public class InvitationService {

    /** The audit events: the head invited the candidate of a dossier; the candidate took it up. */
    public static final String AUDIT_INVITED = "PLATFORM_INVITATION_SENT";
    public static final String AUDIT_TAKEN = "PLATFORM_INVITATION_USED";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Event<ApplicationMail> mails;

    @Inject
    InvitationConfig config;

    @Inject
    SiteConfig site;

    @Inject
    AppClock clock;

    @Inject
    AuditLog audit;

    /** Where a platform dossier stands for the staff page: taken up, invited (until when), or neither. */
    public record Status(boolean taken, Invitation latest, boolean open) {
    }

    /** The dossier's invitation status, or null when it was not imported from the platform. */
    @Transactional
    public Status status(Long applicationId) {
        Application app = Application.findById(applicationId);
        if (app == null || app.origin != ApplicationOrigin.PLATFORM) {
            return null;
        }
        Invitation latest = Invitation.latest(applicationId);
        boolean open = latest != null && latest.usedAt == null && latest.revokedAt == null
                && latest.expiresAt.isAfter(clock.now());
        return new Status(app.candidateSubject != null, latest, open);
    }

    /**
     * Sends the candidate of an imported dossier a new link; a link sent before stops working. Returns the token (the
     * link), which only the mail carries.
     */
    @Transactional
    public String invite(Long applicationId, ActorRef head) {
        Application app = Application.findById(applicationId);
        if (app == null) {
            throw new NotFoundException();
        }
        if (app.origin != ApplicationOrigin.PLATFORM) {
            throw new RuleViolation(InvitationError.NOT_PLATFORM);
        }
        if (app.candidateSubject != null) {
            throw new RuleViolation(InvitationError.ALREADY_TAKEN);
        }
        if (app.email == null || app.email.isBlank()) {
            throw new RuleViolation(InvitationError.NO_EMAIL);
        }
        Instant now = clock.now();
        Invitation.revokeOpen(applicationId, now);
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Invitation invitation = new Invitation();
        invitation.applicationId = applicationId;
        invitation.tokenHash = hash(token);
        invitation.email = app.email;
        invitation.invitedAt = now;
        invitation.invitedBy = head.subject();
        invitation.expiresAt = now.plus(config.validity());
        invitation.persist();
        String name = Texts.join(" ", app.firstName, app.lastName);
        mails.fire(new ApplicationMail(ApplicationMail.Kind.INVITATION, app.id, app.email, app.lang, app.reference,
                app.track.level.name(), invitation.expiresAt, name.isEmpty() ? null : name,
                List.of(site.publicUrl() + "/plateforme/invitation/" + token), null, null));
        audit.record(AUDIT_INVITED, applicationId, null, "until " + invitation.expiresAt);
        return token;
    }

    /** What the link leads to, for the page the candidate opens. */
    public record Offer(Long applicationId, String reference, fr.univlorraine.ieps.campaign.Level level, String campaign, String name,
            Instant expiresAt) {
    }

    /** The dossier the link offers; a used, expired or unknown link is refused with its reason. */
    @Transactional
    public Offer offer(String token) {
        Invitation invitation = usable(token, false);
        Application app = Application.findById(invitation.applicationId);
        return new Offer(app.id, app.reference, app.track.level, app.track.campaign.code,
                Texts.join(" ", app.firstName, app.lastName), invitation.expiresAt);
    }

    /**
     * The signed-in candidate takes the dossier up with the link: it becomes theirs. Refused when the link cannot be
     * used, or when they already have a dossier under way in the track.
     */
    @Transactional
    public Long take(String token, String subject) {
        Invitation invitation = usable(token, true);
        Application app = Application.findById(invitation.applicationId);
        if (app.candidateSubject != null) {
            throw new RuleViolation(InvitationError.USED);
        }
        if (Application.hasLiveApplication(subject, app.track)) {
            throw new RuleViolation(InvitationError.ALREADY_APPLIED);
        }
        Instant now = clock.now();
        app.candidateSubject = subject;
        app.liveTrackId = app.status.isLive() ? app.track.id : null;
        invitation.usedAt = now;
        invitation.usedBy = subject;
        Application.flush();
        audit.record(AUDIT_TAKEN, app.id, null, "invitation " + invitation.id);
        return app.id;
    }

    private Invitation usable(String token, boolean lock) {
        Invitation invitation = token == null || token.length() > 100 ? null : Invitation.byHash(hash(token), lock);
        if (invitation == null || invitation.revokedAt != null) {
            throw new RuleViolation(InvitationError.UNKNOWN);
        }
        if (invitation.usedAt != null) {
            throw new RuleViolation(InvitationError.USED);
        }
        if (!invitation.expiresAt.isAfter(clock.now())) {
            throw new RuleViolation(InvitationError.EXPIRED);
        }
        return invitation;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
