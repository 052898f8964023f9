package fr.univlorraine.ieps.application;

import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Set;

/** The dossier form as Quarkus REST binds it from the page's fields, for tests that go through the service. */
public final class ApplicationForms {

    private ApplicationForms() {
    }

    /** Each component takes the field of its name: the first value, or all of them for a repeated field. */
    public static ApplicationForm bind(MultivaluedMap<String, String> fields) {
        RecordComponent[] components = ApplicationForm.class.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            List<String> sent = fields.getOrDefault(components[i].getName(), List.of());
            values[i] = types[i] == String.class ? (sent.isEmpty() ? null : sent.get(0))
                    : types[i] == Set.class ? Set.copyOf(sent) : List.copyOf(sent);
        }
        try {
            return ApplicationForm.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
