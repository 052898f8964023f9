package fr.univlorraine.ieps.documents;

import java.util.List;

/**
 * Where the secretariat's check of a dossier stands, for the counters of its page: the pieces given as files that
 * wait for their check, those validated and refused, the required pieces not given, and whether every required piece
 * is now validated (or declared not concerned), so that the dossier can be marked complete.
 */
public record CheckProgress(int pending, int validated, int refused, int missing, boolean ready) {

    static CheckProgress of(List<DocumentService.ChecklistLine> lines) {
        boolean ready = lines.stream().filter(DocumentService.ChecklistLine::required)
                .allMatch(l -> l.document() != null
                        && (l.document().status == DocumentStatus.VALIDATED || l.document().status == DocumentStatus.NOT_CONCERNED));
        int pending = 0;
        int validated = 0;
        int refused = 0;
        int missing = 0;
        for (DocumentService.ChecklistLine line : lines) {
            ApplicationDocument d = line.document();
            if (d == null) {
                missing += line.required() ? 1 : 0;
            } else if (d.status == DocumentStatus.PENDING && d.hasFile()) {
                pending++;
            } else if (d.status == DocumentStatus.VALIDATED) {
                validated++;
            } else if (d.status == DocumentStatus.REFUSED) {
                refused++;
            }
        }
        return new CheckProgress(pending, validated, refused, missing, ready);
    }

    /** Some piece given as a file is not validated yet: the page offers to validate several at once. */
    public boolean toValidate() {
        return pending + refused > 0;
    }
}
