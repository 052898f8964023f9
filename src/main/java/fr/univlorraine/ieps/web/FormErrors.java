package fr.univlorraine.ieps.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Field errors of a submitted form, in the order of the form: field name to message-bundle key.
 * Templates show them next to each field and in the error summary at the top.
 */
public class FormErrors {

    private static final Pattern ROW = Pattern.compile("^([A-Za-z]+?)(\\d+)$");

    private final Map<String, String> errors = new LinkedHashMap<>();

    public FormErrors add(String field, String messageKey) {
        errors.putIfAbsent(field, messageKey);
        return this;
    }

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    /** The message key for a field, or null. */
    public String get(String field) {
        return errors.get(field);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public boolean any() {
        return !errors.isEmpty();
    }

    public int size() {
        return errors.size();
    }

    public Map<String, String> all() {
        return errors;
    }

    /** One line of the error summary: the field's id, its label key, and its row for repeated fields. */
    public record Entry(String field, String labelKey, Integer row, String messageKey) {
    }

    /** Field ids ending in a number (degreeTitle0) belong to a repeated row; labels are shared by rows. */
    public List<Entry> entries() {
        List<Entry> list = new ArrayList<>();
        errors.forEach((field, key) -> {
            Matcher m = ROW.matcher(field);
            if (m.matches()) {
                list.add(new Entry(field, "label_" + m.group(1), Integer.parseInt(m.group(2)) + 1, key));
            } else {
                list.add(new Entry(field, "label_" + field, null, key));
            }
        });
        return list;
    }
}
