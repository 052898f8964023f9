package fr.univlorraine.ieps.enrolment;

import fr.univlorraine.ieps.kernel.Localizable;

/** How the university addresses the student, as the dossier form offers it: {@link EnrolmentMessages#civility}. */
public enum Civility implements Localizable {
    MME, M, X;

    @Override
    public String text(String lang) {
        return Localizable.bundle(EnrolmentMessages.class, lang).civility(this);
    }
}
