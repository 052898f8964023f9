package fr.univlorraine.ieps.documents;

import fr.univlorraine.ieps.campaign.Level;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.List;

/** What a level asks of candidates of one route (INITIALE, ALTERNANCE, CONTINUE, or VAP on top of CONTINUE). */
@Entity
@Table(name = "checklist_item")
public class ChecklistItem extends PanacheEntityBase {

    public static final String VAP_ROUTE = "VAP";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    public Level level;

    @Column(nullable = false, length = 20)
    public String route;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "document_type_id")
    public DocumentType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Requirement requirement;

    /** The answer of the form the item depends on, if any: while it does not call for the piece, none is required. */
    @Enumerated(EnumType.STRING)
    @Column(name = "required_when", length = 30)
    public RequiredWhen requiredWhen;

    /**
     * The items of a level for a set of routes, in checklist order, with their types, in one query. The level's items
     * are read and their routes picked here: a level has a few dozen at most, and a query with a list of routes
     * would be translated to SQL again at every dossier page (Hibernate keeps no plan for a list parameter).
     */
    public static List<ChecklistItem> of(Level level, Collection<String> routes) {
        return getSession().createSelectionQuery("from ChecklistItem i join fetch i.type t where i.level = ?1 "
                + "order by t.position, t.id", ChecklistItem.class).setParameter(1, level).getResultStream()
                .filter(item -> routes.contains(item.route)).toList();
    }

    public static List<ChecklistItem> all() {
        return list("from ChecklistItem i join fetch i.type t order by i.level, i.route, t.position");
    }
}
