package fr.univlorraine.ieps.workspace;

import fr.univlorraine.ieps.application.Application;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** A short label the staff put on a dossier ("à rappeler", "vap"), to find it again with the search. */
@Entity
@Table(name = "dossier_tag")
public class DossierTag extends PanacheEntityBase {

    public static final int MAX_LABEL = 30;
    /** A dossier carries at most this many labels. */
    public static final int MAX_PER_DOSSIER = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id")
    public Application application;

    /** Lower case, single spaces ({@link TagForm}). */
    @Column(nullable = false, length = MAX_LABEL)
    public String label;

    @Column(name = "added_by")
    public String addedBy;

    @Column(name = "added_at", nullable = false)
    public Instant addedAt;

    /** The dossier's labels in alphabetical order. */
    public static List<DossierTag> of(Long applicationId) {
        return list("application.id = ?1 order by label", applicationId);
    }

    /** Every label in use, in alphabetical order, for the search's filter. */
    public static List<String> labelsInUse() {
        return getEntityManager().createQuery("select distinct g.label from DossierTag g order by g.label", String.class)
                .getResultList();
    }
}
