package fr.univlorraine.ieps.web;

import fr.univlorraine.ieps.kernel.Localizable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Field errors of a submitted form, in the order of the form: each with the field's id, its label and the error,
 * both typed. Templates show them next to each field and in the error summary at the top.
 */
public class FormErrors {

    private final Map<String, Entry> errors = new LinkedHashMap<>();

    /** One error: the field's id (an anchor of the page), its label, its row for repeated fields (from 1), the error. */
    public record Entry(String field, Localizable label, Integer row, Localizable error) {
    }

    /** An error on a field whose id is the name of its constant (the constant's text is the field's label). */
    public <F extends Enum<F> & Localizable> FormErrors add(F field, Localizable error) {
        return put(field.name(), field, null, error);
    }

    /** An error on row {@code index} (from 0) of a repeated field: its id is the field's name and the index. */
    public <F extends Enum<F> & Localizable> FormErrors add(F field, int index, Localizable error) {
        return put(field.name() + index, field, index + 1, error);
    }

    /** An error on a field of another id, with its label. */
    public FormErrors add(String field, Localizable label, Localizable error) {
        return put(field, label, null, error);
    }

    /** An error on a field of another id, with its label and its row (from 1, or null). */
    public FormErrors put(String field, Localizable label, Integer row, Localizable error) {
        errors.putIfAbsent(field, new Entry(field, label, row, error));
        return this;
    }

    /** The errors of another check after these, a field keeping its first error. */
    public FormErrors addAll(FormErrors more) {
        more.errors.values().forEach(e -> put(e.field(), e.label(), e.row(), e.error()));
        return this;
    }

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    /** The error of a field, or null. */
    public Localizable get(String field) {
        Entry entry = errors.get(field);
        return entry == null ? null : entry.error();
    }

    /** The first error, for a page that shows one at a time. */
    public Localizable first() {
        return errors.isEmpty() ? null : errors.values().iterator().next().error();
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

    /** Whether any field has this error. */
    public boolean contains(Localizable error) {
        return errors.values().stream().anyMatch(e -> e.error().equals(error));
    }

    /** Field id to error, for logs and test failures. */
    public Map<String, Localizable> all() {
        Map<String, Localizable> all = new LinkedHashMap<>();
        errors.forEach((field, entry) -> all.put(field, entry.error()));
        return all;
    }

    /** The lines of the error summary, in the order the errors were found. */
    public List<Entry> entries() {
        return List.copyOf(errors.values());
    }
}
