package fr.univlorraine.ieps.documents;

import java.io.IOException;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdfparser.PDFParser;

/**
 * PDFBox's parser, with every stream checked by the budget as soon as it is read from the file: PDFBox
 * itself decodes cross-reference streams while opening the file, and object streams (where the catalog
 * and the pages often live) as soon as one of their objects is needed, entirely into memory. Checking
 * at that point is the only way a bomb in one of them is caught before PDFBox inflates it.
 * An encrypted file is stopped as soon as its trailer is read, before any encrypted stream is decoded.
 */
final class CheckingPdfParser extends PDFParser {

    private final PdfBudget budget;

    CheckingPdfParser(RandomAccessRead source, StreamCacheCreateFunction streamCache, PdfBudget budget) throws IOException {
        super(source, "", null, null, streamCache);
        this.budget = budget;
    }

    @Override
    protected COSStream parseCOSStream(COSDictionary dictionary) throws IOException {
        COSStream stream = super.parseCOSStream(dictionary);
        if (securityHandler == null) {
            long position = source.getPosition();
            budget.check(stream);
            source.seek(position);
        }
        return stream;
    }

    /** PDFParser's, with the encryption check between reading the trailer and reading the catalog. */
    @Override
    protected void initialParse() throws IOException {
        COSDictionary trailer = retrieveTrailer();
        if (trailer.containsKey(COSName.ENCRYPT)) {
            throw budget.stop(new RefusedContent(DocumentError.PDF_ENCRYPTED));
        }
        COSDictionary root = trailer.getCOSDictionary(COSName.ROOT);
        if (root == null) {
            throw new IOException("Missing root object specification in trailer.");
        }
        if (isLenient() && !root.containsKey(COSName.TYPE)) {
            root.setItem(COSName.TYPE, COSName.CATALOG);
        }
        checkPages(root);
        document.setDecrypted();
        initialParseDone = true;
    }
}
