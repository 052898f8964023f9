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

    /**
     * Whether the failure comes from a database that cannot be reached (stopped, restarting, failed over, the network
     * cut): an SQL state of class 08 (connection exception) or 57P01 to 57P03 (the server shutting down or starting),
     * anywhere among its causes. Such a failure is an outage to wait out, not a bug.
     */
    public static boolean databaseUnreachable(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause() == t ? null : t.getCause(), depth++) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().matches("57P0[123]"))) {
                return true;
            }
        }
        return false;
    }

    /** The text, cut to {@code max} characters with an ellipsis when longer (for a column of that size). */
    public static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max - 1) + "…" : text;
    }

    private static String line(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
