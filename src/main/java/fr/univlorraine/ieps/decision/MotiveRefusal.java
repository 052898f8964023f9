package fr.univlorraine.ieps.decision;

import fr.univlorraine.ieps.kernel.Localizable;

/** Why an action on refusal motives, motive requests or decision letters was refused: {@link MotiveMessages#refusal}
 * (the pages say IN_USE, REQUEST_ALREADY and LETTER_OTHER_STATUS with their figures). */
@io.quarkus.qute.TemplateEnum
public enum MotiveRefusal implements Localizable {
    UNKNOWN, IN_USE, LAST_ACTIVE, STALE, PUBLISHED, REQUEST_NOT_REJECTED,
    REQUEST_ALREADY, ANSWER_ALREADY, LETTER_NOT_PUBLISHED, LETTER_WAITLISTED, LETTER_OTHER_STATUS;

    /** The letter page says which status has no letter. */
    public boolean otherStatus() {
        return this == LETTER_OTHER_STATUS;
    }

    @Override
    public String text(String lang) {
        return Localizable.bundle(MotiveMessages.class, lang).refusal(this);
    }
}
