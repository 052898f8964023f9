package fr.univlorraine.ieps.platform;

import fr.univlorraine.ieps.kernel.Localizable;

/** The field of the upload page. */
@io.quarkus.qute.TemplateEnum
public enum PdfImportField implements Localizable {
    zip;

    @Override
    public String text(String lang) {
        return Localizable.bundle(PlatformPdfMessages.class, lang).label(this);
    }
}
