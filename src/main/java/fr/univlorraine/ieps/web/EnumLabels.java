package fr.univlorraine.ieps.web;

import io.quarkus.arc.Arc;
import io.quarkus.qute.Engine;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.EvalContext;
import io.quarkus.qute.Expression;
import io.quarkus.qute.NamespaceResolver;
import io.quarkus.qute.Results;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.Variant;
import io.quarkus.qute.WithPriority;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.qute.runtime.MessageBundleRecorder.BundleContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Keeps the text a page shows for an enum constant ({@code {cand:status(s)}}, {@code {camp:level(l)}}, a form's
 * field name), per language: a message whose arguments are all enum constants always reads the same in one language.
 * <p>
 * Qute writes such a message by rendering a small template of its own (a {@code {#when}} over the constants) at every
 * call; a page of 25 search results made about 150 of them, an eighth of the page's time. This resolver stands in
 * front of each message bundle's namespace: the first call of a message with given constants in a language goes to
 * the bundle, and its text is kept; the next ones are answered from what was kept. Every other message (no argument,
 * or a name, a number, a date) goes to the bundle as before. The texts stay in the typed bundles and their files,
 * checked at build time; nothing is written twice. The cache is bounded: the bundle's languages times its messages
 * times their constants.
 */
@Singleton
public class EnumLabels {

    /** Above the bundles' own resolvers, so that this one is asked first. */
    static final int PRIORITY = WithPriority.DEFAULT_PRIORITY + 1;

    void register(@Observes EngineBuilder builder, Instance<BundleContext> bundles) {
        if (!bundles.isResolvable()) {
            return;
        }
        bundles.get().getBundleInterfaces().forEach((namespace, byLocale) -> {
            Class<?> messages = byLocale.get(MessageBundles.DEFAULT_LOCALE);
            Set<String> enumMessages = enumMessages(messages);
            if (!enumMessages.isEmpty()) {
                builder.addNamespaceResolver(new Cache(namespace, enumMessages, byLocale.keySet()));
            }
        });
    }

    /** The messages of a bundle whose arguments are all enum constants. */
    static Set<String> enumMessages(Class<?> messages) {
        return Arrays.stream(messages.getMethods())
                .filter(m -> m.getParameterCount() > 0 && Arrays.stream(m.getParameterTypes()).allMatch(Class::isEnum))
                .map(Method::getName).collect(Collectors.toUnmodifiableSet());
    }

    /** One bundle's kept texts, in front of its own resolver. */
    static final class Cache implements NamespaceResolver {

        private final String namespace;
        private final Set<String> enumMessages;
        private final Set<String> locales;
        private final Map<Key, Object> texts = new ConcurrentHashMap<>();
        private volatile NamespaceResolver bundle;

        Cache(String namespace, Set<String> enumMessages, Set<String> locales) {
            this.namespace = namespace;
            this.enumMessages = enumMessages;
            this.locales = Set.copyOf(locales);
        }

        /** A message with its constants in one of the bundle's languages. */
        private record Key(String locale, String name, List<Object> constants) {
        }

        @Override
        public String getNamespace() {
            return namespace;
        }

        @Override
        public int getPriority() {
            return PRIORITY;
        }

        @Override
        public CompletionStage<Object> resolve(EvalContext context) {
            if (!enumMessages.contains(context.getName())) {
                return Results.notFound(context);
            }
            List<Expression> params = context.getParams();
            return constants(context, params, 0, new ArrayList<>(params.size())).thenCompose(constants -> {
                if (constants == null) {
                    return bundle().resolve(context);  // a missing value: the bundle says what it says
                }
                var key = new Key(localeOf(context), context.getName(), constants);
                Object kept = texts.get(key);
                if (kept != null) {
                    return CompletableFuture.completedFuture(kept);
                }
                return bundle().resolve(context).thenApply(text -> {
                    if (text instanceof String) {
                        texts.putIfAbsent(key, text);
                    }
                    return text;
                });
            });
        }

        /** The arguments' values, or null when one is not a constant (null, or not yet known). */
        private static CompletionStage<List<Object>> constants(EvalContext context, List<Expression> params, int from,
                List<Object> values) {
            if (from == params.size()) {
                return CompletableFuture.completedFuture(List.copyOf(values));
            }
            return context.evaluate(params.get(from)).thenCompose(value -> {
                if (!(value instanceof Enum<?>)) {
                    return CompletableFuture.completedFuture(null);
                }
                values.add(value);
                return constants(context, params, from + 1, values);
            });
        }

        /** The language the bundle answers in, as it picks it: the exact tag, else the language, else its default. */
        private String localeOf(EvalContext context) {
            Object locale = context.getAttribute(TemplateInstance.LOCALE);
            if (locale == null && context.getAttribute(TemplateInstance.SELECTED_VARIANT) instanceof Variant variant) {
                locale = variant.getLocale();
            }
            return languageOf(locale);
        }

        private String languageOf(Object locale) {
            if (locale == null) {
                return MessageBundles.DEFAULT_LOCALE;
            }
            String tag = locale instanceof Locale l ? l.toLanguageTag() : locale.toString();
            if (locales.contains(tag)) {
                return tag;
            }
            if (locale instanceof Locale l && locales.contains(l.getLanguage())) {
                return l.getLanguage();
            }
            return MessageBundles.DEFAULT_LOCALE;
        }

        /** The messages this cache answers. */
        Set<String> messages() {
            return enumMessages;
        }

        /** How many texts of a message are kept for a language (for tests). */
        long kept(String message, Locale locale) {
            String language = languageOf(locale);
            return texts.keySet().stream().filter(k -> k.name().equals(message) && k.locale().equals(language)).count();
        }

        /** The bundle's own resolver of this namespace, found once the engine is built. */
        private NamespaceResolver bundle() {
            NamespaceResolver found = bundle;
            if (found == null) {
                found = Arc.container().instance(Engine.class).get().getNamespaceResolvers().stream()
                        .filter(r -> namespace.equals(r.getNamespace()) && r.getPriority() < PRIORITY)
                        .max(Comparator.comparingInt(NamespaceResolver::getPriority))
                        .orElseThrow(() -> new IllegalStateException("no message bundle answers " + namespace + ":"));
                bundle = found;
            }
            return found;
        }
    }
}
