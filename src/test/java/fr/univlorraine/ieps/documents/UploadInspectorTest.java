package fr.univlorraine.ieps.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.configuration.MemorySize;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A burst of uploads is inspected a few at a time, so heavy files cannot take every processor. */
class UploadInspectorTest {

    @TempDir
    Path dir;

    @Test
    void noMoreInspectionsRunAtOnceThanConfigured() throws Exception {
        UploadInspector inspector = new UploadInspector();
        inspector.config = config(2);
        inspector.init();
        // each file decodes 40 MB: long enough for twelve threads to overlap if nothing held them back
        Path heavy = Files.write(dir.resolve("heavy.pdf"), HostilePdfs.bomb(1, 40L * 1024 * 1024));
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<ContentInspector.Inspection>> results = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                results.add(pool.submit(() -> inspector.inspect(heavy, Set.of(FileKind.PDF))));
            }
            for (Future<ContentInspector.Inspection> result : results) {
                assertEquals(1, result.get().pageCount(), "every file is still inspected, in turn");
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(inspector.peak() <= 2, "at most two at once, was " + inspector.peak());
        assertTrue(inspector.peak() >= 1);
    }

    private static PdfConfig config(int atOnce) {
        return new PdfConfig() {
            @Override
            public int maxPages() {
                return 500;
            }

            @Override
            public MemorySize maxStreamBytes() {
                return new MemorySize(java.math.BigInteger.valueOf(64L * 1024 * 1024));
            }

            @Override
            public MemorySize maxDecodedBytes() {
                return new MemorySize(java.math.BigInteger.valueOf(512L * 1024 * 1024));
            }

            @Override
            public Duration timeBudget() {
                return Duration.ofSeconds(30);
            }

            @Override
            public int inspectionsAtOnce() {
                return atOnce;
            }
        };
    }
}
