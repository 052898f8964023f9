package fr.univlorraine.ieps.decision;

import fr.univlorraine.ieps.kernel.Localizable;

/** The fields of the motive pages: {@link MotiveMessages#label}. */
public enum MotiveField implements Localizable {
    labelFr, labelEn, answer;

    @Override
    public String text(String lang) {
        return Localizable.bundle(MotiveMessages.class, lang).label(this);
    }
}
