package fr.univlorraine.ieps.enrolment;

import static fr.univlorraine.ieps.application.DataCategory.*;

import fr.univlorraine.ieps.application.DataCategory;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What each field of the enrolment sheet is, as personal data (the same categories as the application form's): the
 * records of processing list the sheet's fields by it, and a test fails when a new field has none.
 */
public final class SheetData {

    private static final Map<SheetField, DataCategory> SHEET = new EnumMap<>(Map.ofEntries(
            Map.entry(SheetField.civility, IDENTITY), Map.entry(SheetField.birthDate, IDENTITY),
            Map.entry(SheetField.birthPlace, IDENTITY), Map.entry(SheetField.nationality, IDENTITY),
            Map.entry(SheetField.street, CONTACT), Map.entry(SheetField.postalCode, CONTACT),
            Map.entry(SheetField.city, CONTACT), Map.entry(SheetField.country, CONTACT),
            Map.entry(SheetField.ine, IDENTIFIERS), Map.entry(SheetField.lastDiploma, ACADEMIC),
            Map.entry(SheetField.lastDiplomaInstitution, ACADEMIC), Map.entry(SheetField.lastDiplomaYear, ACADEMIC)));

    private SheetData() {
    }

    /** The category of a field of the sheet; empty for {@link SheetField#version} (no field) and an unclassified one. */
    public static Optional<DataCategory> of(SheetField field) {
        return Optional.ofNullable(SHEET.get(field));
    }

    /** The fields of the sheet in this category, in the sheet's order. */
    public static List<SheetField> fields(DataCategory category) {
        return Arrays.stream(SheetField.values()).filter(f -> SHEET.get(f) == category).toList();
    }
}
