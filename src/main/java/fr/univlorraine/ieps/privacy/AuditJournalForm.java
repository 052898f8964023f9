package fr.univlorraine.ieps.privacy;

import fr.univlorraine.ieps.audit.AuditAction;
import fr.univlorraine.ieps.kernel.AppClock;
import fr.univlorraine.ieps.web.FieldError;
import fr.univlorraine.ieps.web.FormErrors;
import fr.univlorraine.ieps.web.Params;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The journal's filter as its URL holds it ({@code /dpo/journal?dossier=IEPS-2027&type=VIEW_DOSSIER&du=2027-04-01}),
 * kept as typed so that the form shows it again; {@link #criteria} reads it. Dates are days of Paris, both included.
 */
public record AuditJournalForm(@RestQuery String dossier, @RestQuery String candidat, @RestQuery String personne,
        @RestQuery String type, @RestQuery String du, @RestQuery String au, @RestQuery String page) {

    public static final int MAX_TEXT = 100;

    /** What was asked, once read: texts lowered (null for none), the kind, the period as instants, the page (from 1). */
    public record Criteria(String dossier, String candidate, String staff, AuditAction kind, Instant from, Instant until,
            int page) {
    }

    public static AuditJournalForm empty() {
        return new AuditJournalForm(null, null, null, null, null, null, null);
    }

    public Criteria criteria(FormErrors errors) {
        String dossierText = text(dossier, AuditField.dossier, errors);
        String candidateText = text(candidat, AuditField.candidat, errors);
        String staffText = text(personne, AuditField.personne, errors);
        AuditAction kind = null;
        if (type != null && !type.isBlank()) {
            kind = Params.constant(AuditAction.class, type.strip());
            if (kind == null) {
                errors.add(AuditField.type, FieldError.CHOICE);
            }
        }
        LocalDate from = day(du, AuditField.du, errors);
        LocalDate to = day(au, AuditField.au, errors);
        if (from != null && to != null && from.isAfter(to)) {
            errors.add(AuditField.au, AuditError.PERIOD_REVERSED);
        }
        long asked = Params.number(page, 1);
        int pageNumber = asked < 1 || asked > Integer.MAX_VALUE ? 1 : (int) asked;
        return new Criteria(dossierText, candidateText, staffText, kind,
                from == null ? null : from.atStartOfDay(AppClock.PARIS).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(AppClock.PARIS).toInstant(), pageNumber);
    }

    /** Whether any filter is set (the page then says so, and the CSV is of the same lines). */
    public boolean filtered() {
        return Stream.of(dossier, candidat, personne, type, du, au).anyMatch(v -> v != null && !v.isBlank());
    }

    /** The query of the same filter, without the page ("" when none), for the pager and the CSV link. */
    public String query() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("dossier", dossier);
        params.put("candidat", candidat);
        params.put("personne", personne);
        params.put("type", type);
        params.put("du", du);
        params.put("au", au);
        StringBuilder query = new StringBuilder();
        params.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                query.append(query.isEmpty() ? "" : "&").append(name).append('=')
                        .append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    /** The address of another page of the same filter. */
    public String href(int pageNumber) {
        String query = query();
        return "/dpo/journal?" + (query.isEmpty() ? "" : query + "&") + "page=" + pageNumber;
    }

    /** The CSV of the same filter. */
    public String csv() {
        String query = query();
        return "/dpo/journal.csv" + (query.isEmpty() ? "" : "?" + query);
    }

    /** The typed value of a field, never null, for the form. */
    public String value(String typed) {
        return typed == null ? "" : typed.strip();
    }

    private static String text(String typed, AuditField field, FormErrors errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip();
        if (text.length() > MAX_TEXT) {
            errors.add(field, FieldError.tooLong(MAX_TEXT));
            return null;
        }
        return text.toLowerCase(java.util.Locale.ROOT);
    }

    private static LocalDate day(String typed, AuditField field, FormErrors errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, FieldError.DATE);
            return null;
        }
    }
}
