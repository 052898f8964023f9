package fr.univlorraine.ieps.kernel;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;

/** The site as a whole ({@code ieps.site.*}): its public address, its contact, the largest request it takes. */
@ConfigMapping(prefix = "ieps.site")
public interface SiteConfig {

    /** The address people use (IEPS_PUBLIC_URL): links in mails, the origin forms must come from. */
    String publicUrl();

    /** The secretariat's address on the public pages (IEPS_SECRETARIAT_EMAIL). */
    String secretariatEmail();

    /** A request announcing more is answered with a page before its body is read. */
    MemorySize maxRequestSize();
}
