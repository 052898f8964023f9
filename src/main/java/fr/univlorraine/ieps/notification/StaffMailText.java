package fr.univlorraine.ieps.notification;

import fr.univlorraine.ieps.kernel.Localizable;

/**
 * What a staff mail says, in the person's language: a subject, a sentence or two and the page to open. It names the
 * dossier by its reference and says no more than the staff's own pages show.
 */
final class StaffMailText {

    private StaffMailText() {
    }

    /** The subject, the body and the link of a mail sent at once. */
    record Text(String subject, String body, String url) {
    }

    static Text of(ApplicationMail mail, String publicUrl) {
        StaffMailMessages t = Localizable.bundle(StaffMailMessages.class, mail.lang());
        String ref = mail.reference();
        String level = mail.level();
        String url = url(mail.kind(), mail.applicationId(), publicUrl);
        return switch (mail.kind()) {
            case STAFF_ASSIGNED -> new Text(t.assigned_subject(ref), t.assigned_body(ref, level), url);
            case STAFF_MOTIVES_REQUESTED -> new Text(t.motives_subject(ref),
                    t.motives_body(ref, level, MailSender.parisDay(mail.date(), mail.lang())), url);
            case STAFF_OFFER_DECLINED -> new Text(t.declined_subject(ref), t.declined_body(ref, level), url);
            case STAFF_OFFER_WITHDRAWN -> new Text(t.withdrawn_subject(ref), t.withdrawn_body(ref, level), url);
            case STAFF_RESUBMITTED -> new Text(t.resubmitted_subject(ref), t.resubmitted_body(ref, level), url);
            case STAFF_SIGN_IN -> new Text(t.signin_subject(), t.signin_body(mail.to()), url);
            default -> throw new IllegalArgumentException("not a single staff mail: " + mail.kind());
        };
    }

    /** One line of a digest: what happened, and the page to open. */
    static String line(StaffDigestItem item, String lang, String publicUrl) {
        StaffMailMessages t = Localizable.bundle(StaffMailMessages.class, lang);
        String ref = item.reference;
        String level = item.level;
        String text = switch (item.kind) {
            case STAFF_ASSIGNED -> t.line_assigned(ref, level);
            case STAFF_MOTIVES_REQUESTED -> t.line_motives(ref, level, MailSender.parisDay(item.statedAt, lang));
            case STAFF_OFFER_DECLINED -> t.line_declined(ref, level);
            case STAFF_OFFER_WITHDRAWN -> t.line_withdrawn(ref, level);
            case STAFF_RESUBMITTED -> t.line_resubmitted(ref, level);
            default -> throw new IllegalArgumentException("not a digest item: " + item.kind);
        };
        return t.digest_line(text, url(item.kind, item.applicationId, publicUrl));
    }

    /** The page a staff mail leads to: the reviewer's dossier, the motive queue, the staff's view of the dossier. */
    static String url(ApplicationMail.Kind kind, Long applicationId, String publicUrl) {
        return publicUrl + switch (kind) {
            case STAFF_ASSIGNED -> "/evaluation/dossiers/" + applicationId;
            case STAFF_MOTIVES_REQUESTED -> "/motifs";
            case STAFF_RESUBMITTED -> "/secretariat/dossiers/" + applicationId;
            case STAFF_SIGN_IN -> "/connexion";
            case STAFF_DIGEST -> "/equipe/preferences";
            default -> "/dossiers/" + applicationId;
        };
    }
}
