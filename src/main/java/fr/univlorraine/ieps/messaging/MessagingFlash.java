package fr.univlorraine.ieps.messaging;

import fr.univlorraine.ieps.kernel.Localizable;
import java.util.EnumSet;
import java.util.Set;

/** The confirmations of the message pages after a redirect ({@code ?ok=sent}): {@link MessagingMessages#flash}. */
public enum MessagingFlash implements Localizable {
    /** A member of the staff wrote to one candidate. */
    sent,
    /** A member of the staff wrote to each candidate of a selection. */
    sentSelection,
    /** The candidate wrote to the staff. */
    replied;

    /** What the staff's pages show. */
    public static final Set<MessagingFlash> STAFF = EnumSet.of(sent, sentSelection);

    /** What the candidate's page shows. */
    public static final Set<MessagingFlash> CANDIDATE = EnumSet.of(replied);

    @Override
    public String text(String lang) {
        return Localizable.bundle(MessagingMessages.class, lang).flash(this);
    }
}
