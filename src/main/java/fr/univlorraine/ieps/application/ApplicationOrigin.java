package fr.univlorraine.ieps.application;

import fr.univlorraine.ieps.kernel.Localizable;

/**
 * Where a dossier came from: the candidate applied in this app, or the staff imported it from the national platform
 * (MonMaster). An imported dossier has no owner account ({@link Application#candidateSubject} null) and gets no mail
 * from here unless the head invites its candidate.
 */
public enum ApplicationOrigin implements Localizable {
    HERE, PLATFORM;

    @Override
    public String text(String lang) {
        return Localizable.bundle(ApplicationMessages.class, lang).origin(this);
    }
}
