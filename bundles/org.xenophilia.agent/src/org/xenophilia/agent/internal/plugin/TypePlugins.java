package org.xenophilia.agent.internal.plugin;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.function.Predicate;

import org.xenophilia.agent.backend.AgentPlugin;

/**
 * Finds the types of one kind of plug-in on the class path ({@link ServiceLoader} over the kind's SPI), and skips,
 * logging why, one that cannot be loaded or created, whose declarations cannot be read, or that was built for an API
 * this Agent does not run. The kinds ({@link StoragePlugins}, {@link NetworkingPlugins}) differ only in their
 * {@link Kind}; this class names none of their SPIs, whose jars are optional.
 *
 * @param <T> the kind's type, as its SPI declares it
 */
final class TypePlugins<T> {

    private static final System.Logger LOG = System.getLogger(TypePlugins.class.getName());

    /**
     * What a kind of plug-in type is made of.
     *
     * @param spi the type's SPI interface
     * @param words the kind in the log ("storage backend")
     * @param api the API's name in the log ("storage API")
     * @param declare reads what a type declares (a type whose declarations fail is skipped) and answers the version
     *        of the API it was built for
     * @param runs whether this Agent runs a type built for the given API version
     * @param running the API version this Agent runs, in words, for the log
     * @param plugin the type as a plug-in
     */
    record Kind<T>(Class<T> spi, String words, String api, Function<T, String> declare, Predicate<String> runs,
            String running, Function<T, AgentPlugin> plugin) {
    }

    private TypePlugins() {
    }

    /**
     * @param spi the name of a kind's SPI interface
     * @param loader the class loader plug-ins are looked for with
     * @return whether the SPI is on its class path
     */
    static boolean available(String spi, ClassLoader loader) {
        try {
            Class.forName(spi, false, loader);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * @param kind the kind of type looked for
     * @param loader where to look for {@code META-INF/services} files and the classes they name
     * @return the types found that this Agent runs, as plug-ins, each with the name of the class that implements it
     */
    static <T> Map<AgentPlugin, String> load(Kind<T> kind, ClassLoader loader) {
        Map<AgentPlugin, String> out = new LinkedHashMap<>();
        Iterator<T> it = ServiceLoader.load(kind.spi(), loader).iterator();
        while (true) {
            T type;
            try {
                if (!it.hasNext()) {
                    break;
                }
                type = it.next();
            } catch (ServiceConfigurationError e) {
                // the iterator goes on with the next provider after an error
                LOG.log(System.Logger.Level.WARNING, "skipping a " + kind.words() + " plug-in: " + e.getMessage());
                continue;
            }
            String skipping = "skipping " + kind.words() + " plug-in " + type.getClass().getName() + ": ";
            String built;
            try {
                built = kind.declare().apply(type);
            } catch (RuntimeException | LinkageError e) {
                LOG.log(System.Logger.Level.WARNING, skipping + e);
                continue;
            }
            if (!kind.runs().test(built)) {
                LOG.log(System.Logger.Level.WARNING, skipping + "it was built for " + kind.api() + " " + built
                        + ", this Agent runs " + kind.running());
                continue;
            }
            out.put(kind.plugin().apply(type), type.getClass().getName());
        }
        return out;
    }
}
