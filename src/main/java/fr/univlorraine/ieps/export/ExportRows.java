package fr.univlorraine.ieps.export;

import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.EntryRoute;
import fr.univlorraine.ieps.application.Funding;
import fr.univlorraine.ieps.application.Transition;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.decision.DecisionKind;
import fr.univlorraine.ieps.enrolment.Civility;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.hibernate.Session;
import org.hibernate.query.SelectionQuery;

/**
 * The rows of the lists, read as plain values (no entity, nothing kept in the persistence context) and
 * streamed from the database {@value #FETCH_SIZE} at a time: a list of 10,000 dossiers never sits whole in memory.
 * Callers hold a transaction open while they consume the stream, and close it.
 */
@ApplicationScoped
public class ExportRows {

    static final int FETCH_SIZE = 500;

    /** A row of a list: the value of each of its columns, in the language of the file (null for an empty cell). */
    public interface Row {
        Object cell(ExportColumn column, ExportLabels l);
    }

    /**
     * An accepted or enrolled candidate; {@code acceptedAt} is the time of the ACCEPT move in the history. The fields
     * after it are the candidate's enrolment sheet, all null while it is not completed.
     */
    public record Accepted(String reference, Level level, String lastName, String firstName, String email, String phone,
            EntryRoute entryRoute, boolean vap, ApplicationStatus status, Instant acceptedAt, Instant sheetCompletedAt,
            Civility civility, LocalDate birthDate, String birthPlace, String nationality, String street, String postalCode,
            String city, String country, String ine, String lastDiploma, String lastDiplomaInstitution,
            Integer lastDiplomaYear) implements Row {

        @com.fasterxml.jackson.annotation.JsonProperty("enrolled")
        public boolean enrolled() {
            return status == ApplicationStatus.ENROLLED;
        }

        /** The same row without the identity numbers (INE, birth date and place), for a list that did not ask for them. */
        public Accepted withoutIdentityNumbers() {
            return new Accepted(reference, level, lastName, firstName, email, phone, entryRoute, vap, status, acceptedAt,
                    sheetCompletedAt, civility, null, null, nationality, street, postalCode, city, country, null, lastDiploma,
                    lastDiplomaInstitution, lastDiplomaYear);
        }

        @Override
        public Object cell(ExportColumn column, ExportLabels l) {
            return switch (column) {
                case REFERENCE -> reference;
                case LEVEL -> l.level(level);
                case LAST_NAME -> lastName;
                case FIRST_NAME -> firstName;
                case EMAIL -> email;
                case PHONE -> phone;
                case ROUTE -> l.route(entryRoute);
                case VAP_ROUTE -> l.yesNo(vap);
                case STATUS -> l.status(status);
                case ACCEPTED_AT -> acceptedAt;
                case ENROLLED -> l.yesNo(enrolled());
                case SHEET_COMPLETED_AT -> sheetCompletedAt;
                case CIVILITY -> civility == null ? null : l.civility(civility);
                case BIRTH_DATE -> birthDate;
                case BIRTH_PLACE -> birthPlace;
                case NATIONALITY -> nationality;
                case STREET -> street;
                case POSTAL_CODE -> postalCode;
                case CITY -> city;
                case COUNTRY -> country;
                case INE -> ine;
                case LAST_DIPLOMA -> lastDiploma;
                case LAST_DIPLOMA_INSTITUTION -> lastDiplomaInstitution;
                case LAST_DIPLOMA_YEAR -> lastDiplomaYear;
                default -> throw new IllegalArgumentException(column + " is not a column of the accepted list");
            };
        }
    }

    /** An offer awaiting the candidate's answer, with its deadline. */
    public record Pending(Long id, String reference, Level level, String lastName, String firstName, String email,
            String phone, EntryRoute entryRoute, boolean vap, Instant offeredAt, Instant deadline) implements Row {

        @Override
        public Object cell(ExportColumn column, ExportLabels l) {
            return switch (column) {
                case REFERENCE -> reference;
                case LEVEL -> l.level(level);
                case LAST_NAME -> lastName;
                case FIRST_NAME -> firstName;
                case EMAIL -> email;
                case PHONE -> phone;
                case ROUTE -> l.route(entryRoute);
                case VAP_ROUTE -> l.yesNo(vap);
                case OFFERED_AT -> offeredAt;
                case OFFER_DEADLINE -> deadline;
                default -> throw new IllegalArgumentException(column + " is not a column of the pending offers");
            };
        }
    }

    /**
     * A candidate on the waiting list: {@code rank} is the current one (1 + the waitlisted dossiers of the track
     * published before them), {@code publishedRank} the position the decisions gave.
     */
    public record Waitlisted(int rank, String reference, String lastName, String firstName, String email,
            EntryRoute entryRoute, boolean vap, Integer publishedRank) implements Row {

        @Override
        public Object cell(ExportColumn column, ExportLabels l) {
            return switch (column) {
                case RANK -> rank;
                case REFERENCE -> reference;
                case LAST_NAME -> lastName;
                case FIRST_NAME -> firstName;
                case EMAIL -> email;
                case ROUTE -> l.route(entryRoute);
                case VAP_ROUTE -> l.yesNo(vap);
                case PUBLISHED_RANK -> publishedRank;
                default -> throw new IllegalArgumentException(column + " is not a column of the waiting list");
            };
        }
    }

    /** Any application of the track; a draft has no reference and no submission date yet. */
    public record Any(String reference, String lastName, String firstName, String email, EntryRoute entryRoute,
            boolean vap, Funding funding, String fundingOther, ApplicationStatus status, Instant submittedAt,
            Instant updatedAt) implements Row {

        @Override
        public Object cell(ExportColumn column, ExportLabels l) {
            return switch (column) {
                case REFERENCE -> reference == null ? l.exp.no_reference() : reference;
                case LAST_NAME -> lastName;
                case FIRST_NAME -> firstName;
                case EMAIL -> email;
                case ROUTE -> l.route(entryRoute);
                case VAP_ROUTE -> l.yesNo(vap);
                case FUNDING -> l.funding(funding, fundingOther);
                case STATUS -> l.status(status);
                case SUBMITTED_AT -> submittedAt;
                case UPDATED_AT -> updatedAt;
                default -> throw new IllegalArgumentException(column + " is not a column of the applications");
            };
        }
    }

    /** What the waiting-list query reads before the current rank is counted. */
    record WaitlistedRow(String reference, String lastName, String firstName, String email, EntryRoute entryRoute,
            boolean vap, Integer publishedRank) {
    }

    @Inject
    EntityManager em;

    public Stream<Accepted> accepted(Long trackId) {
        return query("""
                select a.reference, t.level, a.lastName, a.firstName, a.email, a.phone, a.entryRoute, a.vap, a.status,
                    (select max(e.occurredAt) from ApplicationEvent e where e.application = a and e.transition = :accept),
                    s.completedAt, s.civility, s.birthDate, s.birthPlace, s.nationality, s.street, s.postalCode, s.city,
                    s.country, s.ine, s.lastDiploma, s.lastDiplomaInstitution, s.lastDiplomaYear
                from Application a join a.track t left join EnrolmentSheet s on s.application = a
                where t.id = :track and a.status in :statuses
                order by lower(a.lastName), lower(a.firstName), a.id""", Accepted.class)
                .setParameter("accept", Transition.ACCEPT)
                .setParameter("track", trackId)
                .setParameter("statuses", ExportList.ACCEPTED.statuses)
                .stream();
    }

    /** The offers of the track awaiting an answer, the nearest deadline first. */
    public Stream<Pending> pending(Long trackId) {
        return query("""
                select a.id, a.reference, t.level, a.lastName, a.firstName, a.email, a.phone, a.entryRoute, a.vap,
                    o.offeredAt, o.deadline
                from Application a join a.track t join Offer o on o.application = a and o.outcome is null
                where t.id = :track and a.status = :admitted
                order by o.deadline, lower(a.lastName), lower(a.firstName), a.id""", Pending.class)
                .setParameter("track", trackId)
                .setParameter("admitted", ApplicationStatus.ADMITTED)
                .stream();
    }

    /**
     * In published order; the current rank is the position in this order, which is 1 + the number of waitlisted
     * dossiers of the track with a smaller published rank (the ranks of a track are distinct). A dossier on the
     * list without a published decision, which the decisions never produce, would come last, without a published rank.
     */
    public Stream<Waitlisted> waitlist(Long trackId) {
        AtomicInteger position = new AtomicInteger();
        return query("""
                select a.reference, a.lastName, a.firstName, a.email, a.entryRoute, a.vap, d.waitlistRank
                from Application a left join Decision d on d.application = a and d.kind = :waitlist
                    and d.publishedAt is not null
                where a.track.id = :track and a.status = :waitlisted
                order by d.waitlistRank nulls last, a.id""", WaitlistedRow.class)
                .setParameter("waitlist", DecisionKind.WAITLIST)
                .setParameter("track", trackId)
                .setParameter("waitlisted", ApplicationStatus.WAITLISTED)
                .stream()
                .map(r -> new Waitlisted(position.incrementAndGet(), r.reference(), r.lastName(), r.firstName(), r.email(),
                        r.entryRoute(), r.vap(), r.publishedRank()));
    }

    /** Submitted dossiers by reference, then the drafts never submitted (no reference) by creation. */
    public Stream<Any> applications(Long trackId) {
        return query("""
                select a.reference, a.lastName, a.firstName, a.email, a.entryRoute, a.vap, a.funding, a.fundingOther,
                    a.status, a.submittedAt, a.updatedAt
                from Application a
                where a.track.id = :track
                order by a.reference nulls last, a.createdAt, a.id""", Any.class)
                .setParameter("track", trackId)
                .stream();
    }

    private <R> SelectionQuery<R> query(String hql, Class<R> type) {
        return em.unwrap(Session.class).createSelectionQuery(hql, type).setFetchSize(FETCH_SIZE).setReadOnly(true);
    }
}
