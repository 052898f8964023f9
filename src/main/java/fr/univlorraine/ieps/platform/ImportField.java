package fr.univlorraine.ieps.platform;

import fr.univlorraine.ieps.kernel.Localizable;

/** The fields of the upload form: {@link ImportMessages#upload_field}. */
@io.quarkus.qute.TemplateEnum
public enum ImportField implements Localizable {
    kind, file;

    @Override
    public String text(String lang) {
        return Localizable.bundle(ImportMessages.class, lang).upload_field(this);
    }
}
