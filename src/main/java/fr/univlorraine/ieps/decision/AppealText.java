package fr.univlorraine.ieps.decision;

import fr.univlorraine.ieps.campaign.Level;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.List;

/**
 * The routes and time limits of appeal a refusal states, for one level, in French and English: the admin edits them
 * ({@link AppealAdminResource}); the candidate's page and the letter of a refusal print them. Both levels exist from
 * the migration on.
 */
@Entity
@Table(name = "appeal_text")
public class AppealText extends PanacheEntityBase {

    public static final int MAX_TEXT = 4000;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 2)
    public Level level;

    @Column(name = "text_fr", nullable = false, length = MAX_TEXT)
    public String textFr;

    @Column(name = "text_en", nullable = false, length = MAX_TEXT)
    public String textEn;

    @Version
    public long version;

    public String text(String lang) {
        return "en".equals(lang) ? textEn : textFr;
    }

    /** The text in this language, one paragraph per block of lines the admin separated. */
    public List<String> paragraphs(String lang) {
        return split(text(lang));
    }

    static List<String> split(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    public static AppealText of(Level level) {
        return findById(level);
    }

    /** The texts of the level of this dossier's track, read by its id (the dossier at hand may be detached). */
    public static AppealText ofApplication(Long applicationId) {
        return find("from AppealText t where t.level = (select a.track.level from Application a where a.id = ?1)",
                applicationId).firstResult();
    }
}
