package fr.univlorraine.ieps.workspace;

import fr.univlorraine.ieps.application.ApplicationStatus;
import fr.univlorraine.ieps.application.EntryRoute;
import fr.univlorraine.ieps.campaign.Level;
import fr.univlorraine.ieps.kernel.SearchKey;
import fr.univlorraine.ieps.web.FieldError;
import fr.univlorraine.ieps.web.FormErrors;
import fr.univlorraine.ieps.web.Params;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The search as its URL holds it ({@code /recherche?q=dupont&niveau=M2}), kept as typed so that the form shows it
 * again; {@link #criteria} reads it. A choice is the name of a constant; a blank one means "any".
 */
public record SearchForm(@RestQuery String q, @RestQuery String niveau, @RestQuery String voie,
        @RestQuery String statut, @RestQuery String pieces, @RestQuery String decision,
        @RestQuery String publication, @RestQuery String etiquette, @RestQuery String tri, @RestQuery String page) {

    public static final int MAX_QUERY = 100;
    /** Statuses a dossier can be searched in: every one but the draft, which is not a dossier yet. */
    public static final List<ApplicationStatus> STATUSES = Stream.of(ApplicationStatus.values())
            .filter(s -> s != ApplicationStatus.DRAFT).toList();

    /** What was asked, once read: the words to find (folded), the filters, the order and the page (from 1). */
    public record Criteria(List<String> words, Level level, EntryRoute route, ApplicationStatus status, PieceState pieces,
            DecisionFilter decision, Publication publication, String tag, SearchOrder order, int page) {
    }

    /** Whether nothing was asked yet: no text, no filter (the order alone asks nothing). */
    public boolean isEmpty() {
        return Stream.of(q, niveau, voie, statut, pieces, decision, publication, etiquette)
                .allMatch(v -> v == null || v.isBlank());
    }

    /** What was asked; a value that is not one of the choices is an error of its field, added to {@code errors}. */
    public Criteria criteria(FormErrors errors) {
        String typed = q == null ? "" : q.strip();
        if (typed.length() > MAX_QUERY) {
            errors.add(SearchField.q, FieldError.tooLong(MAX_QUERY));
        }
        String folded = SearchKey.of(typed);
        List<String> words = folded == null ? List.of() : Arrays.stream(folded.split(" ")).distinct().toList();
        Level level = choice(Level.class, niveau, SearchField.niveau, errors);
        EntryRoute route = choice(EntryRoute.class, voie, SearchField.voie, errors);
        ApplicationStatus status = choice(ApplicationStatus.class, statut, SearchField.statut, errors);
        if (status == ApplicationStatus.DRAFT) {
            errors.add(SearchField.statut, FieldError.CHOICE);
        }
        PieceState pieceState = choice(PieceState.class, pieces, SearchField.pieces, errors);
        DecisionFilter decided = choice(DecisionFilter.class, decision, SearchField.decision, errors);
        Publication published = choice(Publication.class, publication, SearchField.publication, errors);
        if (decided == DecisionFilter.NONE && published != null) {
            errors.add(SearchField.publication, SearchError.PUBLICATION_WITHOUT_DECISION);
        }
        String tag = etiquette == null || etiquette.isBlank() ? null : TagForm.normalize(etiquette);
        if (tag != null && tag.length() > DossierTag.MAX_LABEL) {
            errors.add(SearchField.etiquette, FieldError.CHOICE);
        }
        SearchOrder order = choice(SearchOrder.class, tri, SearchField.tri, errors);
        long asked = Params.number(page, 1);
        int pageNumber = asked < 1 || asked > Integer.MAX_VALUE ? 1 : (int) asked;
        return new Criteria(words, level, route, status, pieceState, decided, published, tag,
                order == null ? SearchOrder.NAME : order, pageNumber);
    }

    /** The address of another page of the same search. */
    public String href(int pageNumber) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", q);
        params.put("niveau", niveau);
        params.put("voie", voie);
        params.put("statut", statut);
        params.put("pieces", pieces);
        params.put("decision", decision);
        params.put("publication", publication);
        params.put("etiquette", etiquette);
        params.put("tri", tri);
        StringBuilder href = new StringBuilder("/recherche?");
        params.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                href.append(name).append('=').append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8)).append('&');
            }
        });
        return href.append("page=").append(pageNumber).toString();
    }

    /** The typed value of a field, never null, for the form. */
    public String value(String typed) {
        return typed == null ? "" : typed.strip();
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String typed, SearchField field, FormErrors errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        E constant = Params.constant(type, typed.strip());
        if (constant == null) {
            errors.add(field, FieldError.CHOICE);
        }
        return constant;
    }
}
