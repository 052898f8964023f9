package fr.univlorraine.ieps.documents;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The content check of uploads with the configured PDF limits. It may take seconds, so the upload
 * flow calls it between transactions, never inside one. A few run at once and the others wait their
 * turn: a burst of heavy files keeps the processors for the pages everyone else is reading.
 */
@ApplicationScoped
public class UploadInspector {

    @Inject
    PdfConfig config;

    private Semaphore turns;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();

    @PostConstruct
    void init() {
        int atOnce = config.inspectionsAtOnce() > 0 ? config.inspectionsAtOnce() : Runtime.getRuntime().availableProcessors();
        turns = new Semaphore(Math.max(1, atOnce), true);
    }

    public ContentInspector.Inspection inspect(Path file, Set<FileKind> accepted) throws RefusedContent, IOException {
        try {
            turns.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to inspect an upload");
        }
        peak.accumulateAndGet(running.incrementAndGet(), Math::max);
        try {
            return ContentInspector.inspect(file, accepted, config.limits());
        } finally {
            running.decrementAndGet();
            turns.release();
        }
    }

    /** The most inspections that ran at the same time since the start (for tests and monitoring). */
    int peak() {
        return peak.get();
    }
}
