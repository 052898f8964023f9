package fr.univlorraine.ieps.documents;

import static fr.univlorraine.ieps.web.FormCheck.strip;

import fr.univlorraine.ieps.web.FormOf;
import fr.univlorraine.ieps.web.Whole;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;

/** What the admin typed for a document type, the texts without the spaces around them. */
@FormOf(fields = ChecklistField.class, errors = DocumentError.class)
public record TypeForm(
        @RestForm String code,
        @RestForm @NotBlank @Size(max = 200) String labelFr,
        @RestForm @NotBlank @Size(max = 200) String labelEn,
        @RestForm @NotBlank @Size(max = 1000) String helpFr,
        @RestForm @NotBlank @Size(max = 1000) String helpEn,
        @RestForm("formats") List<String> formatsTicked,
        @RestForm @Whole(min = 1, max = 50, message = "MAX_SIZE") String maxSizeMb,
        @RestForm String version) {

    /** A new type: its code is checked too; an existing type keeps its own. */
    interface New extends Default {
    }

    public TypeForm {
        labelFr = strip(labelFr);
        labelEn = strip(labelEn);
        helpFr = strip(helpFr);
        helpEn = strip(helpEn);
        formatsTicked = formatsTicked == null ? List.of() : List.copyOf(formatsTicked);
    }

    /** A text field by name, for the admin page's generic fields. */
    public String get(String field) {
        return DocumentType.field(field, labelFr, labelEn, helpFr, helpEn);
    }

    @AssertTrue(groups = New.class, message = "TYPE_CODE")
    public boolean isCode() {
        return code != null && code.matches("[A-Z][A-Z0-9_]{1,39}");
    }

    @AssertTrue(message = "FORMATS_REQUIRED")
    public boolean isFormats() {
        return !formats().isEmpty();
    }

    /** The formats ticked, in their order; an unknown one is ignored. */
    public Set<FileKind> formats() {
        return Arrays.stream(FileKind.values()).filter(kind -> formatsTicked.contains(kind.name()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(FileKind.class)));
    }
}
