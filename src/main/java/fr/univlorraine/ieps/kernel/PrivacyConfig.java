package fr.univlorraine.ieps.kernel;

import io.smallrye.config.ConfigMapping;

/**
 * Who answers for the personal data ({@code ieps.privacy.*}): named on the privacy page and in the records of
 * processing.
 */
@ConfigMapping(prefix = "ieps.privacy")
public interface PrivacyConfig {

    /** The controller of the processing, with its address (IEPS_PRIVACY_CONTROLLER). */
    String controller();

    /** Where to write to the university's data protection officer (IEPS_DPO_CONTACT). */
    String dpoContact();
}
