package fr.univlorraine.ieps.decision;

import fr.univlorraine.ieps.kernel.Localizable;

/** The fields of the appeal routes' edit page: {@link MotiveMessages#appeal_label}. */
public enum AppealField implements Localizable {
    textFr, textEn;

    @Override
    public String text(String lang) {
        return Localizable.bundle(MotiveMessages.class, lang).appeal_label(this);
    }
}
