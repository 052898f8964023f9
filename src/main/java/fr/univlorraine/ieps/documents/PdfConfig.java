package fr.univlorraine.ieps.documents;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The limits of the PDF inspection, from ieps.documents.pdf.* (see {@link PdfLimits}). */
@ConfigMapping(prefix = "ieps.documents.pdf")
public interface PdfConfig {

    int maxPages();

    MemorySize maxStreamBytes();

    MemorySize maxDecodedBytes();

    Duration timeBudget();

    /** How many uploads are inspected at once (0: one per processor); the others wait their turn. */
    @WithDefault("0")
    int inspectionsAtOnce();

    default PdfLimits limits() {
        return new PdfLimits(maxPages(), maxStreamBytes().asLongValue(), maxDecodedBytes().asLongValue(), timeBudget());
    }
}
