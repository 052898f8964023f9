package fr.univlorraine.ieps.documents;

import java.time.Duration;

/**
 * How much work the inspection of one uploaded PDF may cost before the file is refused as too
 * complex: far above what a real document needs (a 300-page scanned thesis decodes to well under a
 * tenth of these), far below what a crafted one can demand (107 KB that inflate to 4 GB).
 *
 * @param maxPages the most pages a PDF may have
 * @param maxStreamBytes the most bytes one stream other than an image may decode to; an image may
 *        decode to what its width, height, colours and bits per component announce
 * @param maxDecodedBytes the most bytes all the streams of one file may decode to together
 * @param timeBudget the longest one inspection may run
 */
public record PdfLimits(int maxPages, long maxStreamBytes, long maxDecodedBytes, Duration timeBudget) {

    /** The defaults of application.properties, for code that runs without the application (unit tests, tools). */
    public static final PdfLimits DEFAULTS = new PdfLimits(500, 64L << 20, 512L << 20, Duration.ofSeconds(10));
}
