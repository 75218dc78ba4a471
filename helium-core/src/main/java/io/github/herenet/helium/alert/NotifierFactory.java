package io.github.herenet.helium.alert;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Makes {@link Notifier}s of one type from a site's notifier configuration (see
 * {@link io.github.herenet.helium.json.NotifierConfigJson}). A service: helium-core provides {@code log},
 * {@code webhook} and {@code spoken} ({@link CoreNotifierFactories}); helium-notify provides {@code email}.
 * Register a factory in {@code module-info.java} ({@code provides}) and in
 * {@code META-INF/services/io.github.herenet.helium.alert.NotifierFactory}.
 */
public interface NotifierFactory {

    /**
     * The type name used in the configuration ({@code "type": "webhook"}).
     *
     * @return a short, stable name
     */
    String type();

    /**
     * Makes a notifier from its settings.
     *
     * @param settings the settings; the factory reads every one it accepts
     * @return the notifier
     * @throws RuntimeException from {@link NotifierSettings#invalid} or the getters for a bad setting, or an
     *                          {@link IllegalArgumentException} for an invalid combination
     */
    Notifier create(NotifierSettings settings);

    /**
     * Every {@code NotifierFactory} service provider visible to this module.
     *
     * @return the factories, in {@link ServiceLoader} order
     */
    static List<NotifierFactory> loadAll() {
        List<NotifierFactory> all = new ArrayList<>();
        for (NotifierFactory f : ServiceLoader.load(NotifierFactory.class, NotifierFactory.class.getClassLoader())) {
            all.add(f);
        }
        return all;
    }
}
