package fr.univlorraine.ieps.platform;

/**
 * A problem the preview lists: in a row of the file (its number as the spreadsheet shows it, the header being row 1)
 * or in the mapping (no row), about a field, with the value found when there is one.
 */
public record ImportProblem(Integer row, MappingField field, ImportError error, String value) {
}
