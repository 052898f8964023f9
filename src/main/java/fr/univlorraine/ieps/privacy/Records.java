package fr.univlorraine.ieps.privacy;

import fr.univlorraine.ieps.application.DataCategory;
import java.time.Instant;
import java.util.List;

/**
 * The records of processing (registre des activités de traitement, RGPD art. 30) as the app's configuration makes
 * them at this moment: what the page and its PDF print. The texts are the bundle's; the facts are here.
 */
public record Records(String controller, String dpoContact, String secretariatEmail, String publicUrl,
        List<Category> categories, List<RecordsRole> recipients, List<CampaignRetention> retention, Security security,
        Instant generatedAt) {

    /**
     * A category of data with the labels, in the reader's language, of the fields that collect it: the application
     * form's, the enrolment sheet's, the checklist's document types.
     */
    public record Category(DataCategory category, List<String> formFields, List<String> sheetFields,
            List<String> documentTypes) {

        /** What the staff and the app write (reviews, messages, history): no form collects it. */
        public boolean written() {
            return formFields.isEmpty() && sheetFields.isEmpty() && documentTypes.isEmpty();
        }

        public String formList() {
            return String.join(", ", formFields);
        }

        public String sheetList() {
            return String.join(", ", sheetFields);
        }

        public String documentList() {
            return String.join(", ", documentTypes);
        }
    }

    /** The retention rules of one campaign, as in force. */
    public record CampaignRetention(String campaign, int draftDays, int notAdmittedMonths, int withdrawnMonths,
            int enrolledDays, int appealMonths) {
    }

    /**
     * The security measures' settings: the login server (empty when the login server is the development one), the
     * database's kind, cookies sent only over HTTPS, the largest request and PDF, how long the IP of an audit line
     * is kept.
     */
    public record Security(String loginServer, String database, boolean secureCookies, long maxRequestMb,
            int maxPdfPages, int ipRetentionDays) {
    }
}
