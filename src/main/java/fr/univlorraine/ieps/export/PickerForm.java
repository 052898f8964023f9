package fr.univlorraine.ieps.export;

import fr.univlorraine.ieps.web.FieldError;
import fr.univlorraine.ieps.web.FormErrors;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A list's column picker as sent: the list (hidden), the columns ticked, and either the level and the format of the
 * file to download or the name to save the choice under. Checked here, since what is wrong depends on the list.
 */
public record PickerForm(@RestForm("liste") String list, @RestForm("colonne") List<String> columns,
        @RestForm("niveau") String level, @RestForm("format") String format, @RestForm("nom") String presetName) {

    public PickerForm {
        columns = columns == null ? List.of() : List.copyOf(columns);
        presetName = presetName == null ? null : presetName.strip();
    }

    /** The columns ticked, or what is wrong with them, on the picker of this list. */
    ColumnChoice choice(ExportList of) {
        return ColumnChoice.of(of, columns);
    }

    /** The errors of the columns ticked. */
    static FormErrors columnErrors(ExportList list, ColumnChoice choice) {
        var errors = new FormErrors();
        if (choice.unknown() != null) {
            errors.add(ExportField.columns.id(list), ExportField.columns, choice.unknown());
        } else if (choice.columns().isEmpty()) {
            errors.add(ExportField.columns.id(list), ExportField.columns, ExportError.NO_COLUMN);
        }
        return errors;
    }

    /** The errors of a choice to save as a preset: the columns, and a name of at most {@value ExportPreset#MAX_NAME} characters. */
    FormErrors presetErrors(ExportList of) {
        FormErrors errors = columnErrors(of, choice(of));
        if (presetName == null || presetName.isEmpty()) {
            errors.add(ExportField.presetName.id(of), ExportField.presetName, FieldError.REQUIRED);
        } else if (presetName.length() > ExportPreset.MAX_NAME) {
            errors.add(ExportField.presetName.id(of), ExportField.presetName, FieldError.tooLong(ExportPreset.MAX_NAME));
        }
        return errors;
    }
}
