package fr.univlorraine.ieps.kernel;

/** Technical failures told to a person (an admin's page, a log line): what failed and why, briefly. */
public final class Failures {

    private Failures() {
    }

    /** The exception's kind and message, and its root cause's, cut to {@code max} characters. */
    public static String describe(Throwable e, int max) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return cut(line(e) + (root == e ? "" : " (" + line(root) + ")"), max);
    }

    /** The text, cut to {@code max} characters with an ellipsis when longer (for a column of that size). */
    public static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max - 1) + "…" : text;
    }

    private static String line(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
