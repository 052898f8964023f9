package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.kernel.Localizable;

/** Why the summary page does not submit, told on that page: {@link SubmissionMessages#problem}. */
public enum SubmissionProblem implements Localizable {
    /** The dossier changed (another window, a piece, an autosave) since the summary was shown. */
    CHANGED,
    /** Something the submission needs is missing: the list follows. */
    UNFINISHED;

    @Override
    public String text(String lang) {
        return Localizable.bundle(SubmissionMessages.class, lang).problem(this);
    }
}
