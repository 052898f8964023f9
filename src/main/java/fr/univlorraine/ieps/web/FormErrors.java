package fr.univlorraine.ieps.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Field errors of a submitted form, in the order of the form: field name to message-bundle key.
 * Templates show them next to each field and in the error summary at the top.
 */
public class FormErrors {

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
}
