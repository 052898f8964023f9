package fr.univlorraine.ieps.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** What a level of a criterion means, in both languages. */
@Embeddable
public class LevelDescriptor {

    @Column(name = "descriptor_fr", nullable = false, length = 500)
    public String fr;

    @Column(name = "descriptor_en", nullable = false, length = 500)
    public String en;

    public LevelDescriptor() {
    }

    public LevelDescriptor(String fr, String en) {
        this.fr = fr;
        this.en = en;
    }

    public String text(String lang) {
        return "en".equals(lang) ? en : fr;
    }
}
