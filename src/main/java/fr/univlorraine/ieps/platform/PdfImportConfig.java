package fr.univlorraine.ieps.platform;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The limits of a ZIP of the platform's PDF files ({@code ieps.platform.pdf.*}); each file's size is its piece's. */
@ConfigMapping(prefix = "ieps.platform.pdf")
public interface PdfImportConfig {

    /** A ZIP with more entries is refused whole, before anything is read. */
    @WithDefault("5000")
    int maxEntries();

    /**
     * How many times its compressed size a file may grow when unpacked: beyond, it is a ZIP bomb (a PDF barely
     * shrinks). The whole ZIP may unpack to at most this many times its own size.
     */
    @WithDefault("100")
    int maxRatio();
}
