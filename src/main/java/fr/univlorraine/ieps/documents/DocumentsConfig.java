package fr.univlorraine.ieps.documents;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;

/** The candidates' documents ({@code ieps.documents.*}; the PDF limits are {@link PdfConfig}). */
@ConfigMapping(prefix = "ieps.documents")
public interface DocumentsConfig {

    /** The documents folder (a mounted volume in production): back it up with the database. */
    Path dir();

    /** Days the candidate has to complete a dossier the secretariat sent back. */
    int completionDays();

    /** Files no row knows are removed by the sweep once older than this (another instance may be writing them). */
    @WithDefault("PT1H")
    Duration orphanGrace();

    /** How long after start-up the folder is first swept (read by the scheduler from the property). */
    String sweepDelay();

    /** The largest model of a piece the admin may upload (the VAP file's model). */
    @WithDefault("10M")
    MemorySize templateMaxSize();

    /** How often it is swept again ({@code off} in tests, which sweep when they mean to). */
    String sweepEvery();
}
