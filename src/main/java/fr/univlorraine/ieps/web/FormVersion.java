package fr.univlorraine.ieps.web;

/**
 * The version of the row a form was drawn from, as the form sends it back. A forged or garbled version can
 * only match no row: the save then fails as a concurrent change.
 */
public final class FormVersion {

    private FormVersion() {
    }

    /** The version read from the field; {@code whenMissing} without one; -1 (no row has it) when not a number. */
    public static long parse(String value, long whenMissing) {
        try {
            return value == null ? whenMissing : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
