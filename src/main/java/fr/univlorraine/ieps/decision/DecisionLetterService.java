package fr.univlorraine.ieps.decision;

import fr.univlorraine.ieps.application.Application;
import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.kernel.Localizable;
import fr.univlorraine.ieps.kernel.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The candidate's letter of a published decision, in the language of their interface: an attestation of
 * admission (admitted, accepted, enrolled) or the notice of a refusal with its motive. On the waiting list,
 * or in any other state, there is no letter: the decision is not final, or there is none to attest.
 */
@ApplicationScoped
public class DecisionLetterService {

    private static final DateTimeFormatter FR_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter EN_DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    AppClock clock;

    /**
     * The PDF for this dossier (already checked to be the candidate's), or {@link MotiveRefused} with the
     * reason there is none: {@code letter_not_published}, {@code letter_waitlisted}, {@code letter_other_status}.
     */
    public byte[] letter(Application app, String lang) {
        Decision decision = Decision.published(app.id).orElseThrow(() -> new MotiveRefused(MotiveRefusal.LETTER_NOT_PUBLISHED));
        MotiveMessages mot = Localizable.bundle(MotiveMessages.class, lang);
        DecisionLetterPdf.Letter letter = switch (app.status) {
            case ADMITTED, ACCEPTED, ENROLLED -> admission(app, decision, mot, lang);
            case REJECTED -> {
                if (decision.kind != DecisionKind.REJECT || decision.motive == null) {
                    throw new MotiveRefused(MotiveRefusal.LETTER_OTHER_STATUS);
                }
                yield refusal(app, decision, lang);
            }
            case WAITLISTED -> throw new MotiveRefused(MotiveRefusal.LETTER_WAITLISTED);
            default -> throw new MotiveRefused(MotiveRefusal.LETTER_OTHER_STATUS);
        };
        return DecisionLetterPdf.print(letter, lang);
    }

    private DecisionLetterPdf.Letter admission(Application app, Decision decision, MotiveMessages mot,
            String lang) {
        // promoted from the waiting list: the admission dates from the offer, not from the publication
        Optional<Offer> offer = Offer.of(app.id);
        Instant admittedOn = offer.map(o -> o.offeredAt).orElse(decision.publishedAt);
        String deadline = app.status == ApplicationStatus.ADMITTED
                ? offer.filter(Offer::isOpen).map(o -> dateTime(o.deadline, mot, lang)).orElse(null) : null;
        DecisionLetterPdf.Kind kind = switch (app.status) {
            case ADMITTED -> DecisionLetterPdf.Kind.ADMITTED;
            case ACCEPTED -> DecisionLetterPdf.Kind.ACCEPTED;
            case ENROLLED -> DecisionLetterPdf.Kind.ENROLLED;
            default -> throw new MotiveRefused(MotiveRefusal.LETTER_OTHER_STATUS);
        };
        return new DecisionLetterPdf.Letter(kind, Texts.join(" ", app.firstName, app.lastName), address(app), app.reference, app.track.level.text(lang),
                app.track.campaign.code, day(admittedOn, lang), deadline, null, null, day(clock.now(), lang), List.of());
    }

    private DecisionLetterPdf.Letter refusal(Application app, Decision decision, String lang) {
        return new DecisionLetterPdf.Letter(DecisionLetterPdf.Kind.REFUSED, Texts.join(" ", app.firstName, app.lastName), address(app), app.reference,
                app.track.level.text(lang), app.track.campaign.code, day(decision.publishedAt, lang), null,
                decision.motive.label(lang), decision.motiveText, day(clock.now(), lang),
                AppealText.of(app.track.level).paragraphs(lang));
    }

    /** The lines of the postal address as the candidate gave them: street, postal code and city, country. */
    private static List<String> address(Application app) {
        return Stream.of(app.address, Texts.join(" ", app.postalCode, app.city), app.country).map(Texts::stripToNull)
                .filter(Objects::nonNull).toList();
    }

    private static String day(Instant instant, String lang) {
        return ("en".equals(lang) ? EN_DAY : FR_DAY).format(instant.atZone(AppClock.PARIS));
    }

    private static String dateTime(Instant instant, MotiveMessages mot, String lang) {
        ZonedDateTime paris = instant.atZone(AppClock.PARIS);
        return mot.pdf_at_time(day(instant, lang), TIME.format(paris));
    }
}
