package fr.univlorraine.ieps.review;

import fr.univlorraine.ieps.campaign.Campaign;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One criterion of a campaign's rubric: what reviewers score and what the public pages publish as the
 * examination criteria. Levels run from 0 to {@link #MAX_LEVEL}, each with a descriptor.
 */
@Entity
@Table(name = "rubric_criterion")
public class Criterion extends PanacheEntityBase {

    public static final int MAX_LEVEL = 4;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    public Campaign campaign;

    @Column(nullable = false)
    public int position;

    @Column(name = "label_fr", nullable = false, length = 200)
    public String labelFr;
    @Column(name = "label_en", nullable = false, length = 200)
    public String labelEn;
    @Column(name = "description_fr", nullable = false, length = 1000)
    public String descriptionFr;
    @Column(name = "description_en", nullable = false, length = 1000)
    public String descriptionEn;

    /** Relative weight (1–100) in a review's score. */
    @Column(nullable = false)
    public int weight;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rubric_level", joinColumns = @JoinColumn(name = "criterion_id"))
    @MapKeyColumn(name = "level")
    public Map<Integer, LevelDescriptor> levels = new TreeMap<>();

    @Version
    public long version;

    public String label(String lang) {
        return "en".equals(lang) ? labelEn : labelFr;
    }

    public String description(String lang) {
        return "en".equals(lang) ? descriptionEn : descriptionFr;
    }

    /** The descriptor of a level in the reader's language, empty when missing. */
    public String descriptor(int level, String lang) {
        LevelDescriptor d = levels.get(level);
        return d == null ? "" : d.text(lang);
    }

    public static List<Criterion> ofCampaign(Campaign campaign) {
        return ofCampaign(campaign.id);
    }

    public static List<Criterion> ofCampaign(Long campaignId) {
        return list("select distinct c from Criterion c left join fetch c.levels where c.campaign.id = ?1 order by c.position",
                campaignId);
    }
}
