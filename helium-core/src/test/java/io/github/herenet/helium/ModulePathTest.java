package io.github.herenet.helium;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * helium-core works as a named module: the descriptor exports the public packages, and on a module
 * layer of its own (core, jakarta.json, Parsson, slf4j-api) the EOS loads its coefficient file and computes.
 */
class ModulePathTest {

    private static final String MODULE = "io.github.herenet.helium.core";

    @Test
    void runsOnTheModulePath() throws Exception {
        Path[] entries = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> e.endsWith("classes") && !e.endsWith("test-classes")
                        || e.contains("jakarta.json-api") || e.contains("parsson") || e.contains("slf4j-api"))
                .map(Path::of).toArray(Path[]::new);
        ModuleFinder finder = ModuleFinder.of(entries);
        ModuleDescriptor descriptor = finder.find(MODULE).orElseThrow().descriptor();
        Set<String> exports = descriptor.exports().stream().map(ModuleDescriptor.Exports::source)
                .collect(Collectors.toSet());
        assertThat(exports).contains("io.github.herenet.helium.units", "io.github.herenet.helium.thermo",
                "io.github.herenet.helium.reconcile", "io.github.herenet.helium.recovery");

        Configuration configuration = ModuleLayer.boot().configuration()
                .resolveAndBind(finder, ModuleFinder.of(), Set.of(MODULE));
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
        ClassLoader loader = layer.findLoader(MODULE);
        Class<?> eos = loader.loadClass("io.github.herenet.helium.thermo.HeliumEos");
        assertThat(eos.getModule().getName()).isEqualTo(MODULE);
        // as in a real module-path run, the context loader is the one of the modules (jakarta.json looks
        // its provider up there; the test's class path holds a second, unrelated copy of Parsson)
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            Object reference = eos.getMethod("reference").invoke(null);
            double density = (double) eos.getMethod("density", double.class, double.class)
                    .invoke(reference, 273.15, 101_325.0);
            assertThat(density).isBetween(0.17847, 0.17849);
            // the message bundles are found by ResourceBundle.getBundle inside the named module
            Class<?> messages = loader.loadClass("io.github.herenet.helium.alert.NotificationMessages");
            Class<?> notification = loader.loadClass("io.github.herenet.helium.alert.Notification");
            Class<?> level = loader.loadClass("io.github.herenet.helium.alert.NotificationLevel");
            Object renderer = messages.getConstructor(java.time.ZoneId.class).newInstance(java.time.ZoneOffset.UTC);
            Object n = notification.getConstructor(level, String.class, String.class, String.class, String.class,
                    double.class, String.class, double.class, java.time.Instant.class).newInstance(
                    level.getField("WARNING").get(null), "BAG_NEARLY_FULL", "鳥取大学", "NMR 2", "3", 90.0, "%", 85.0,
                    java.time.Instant.EPOCH);
            assertThat(messages.getMethod("spoken", notification, java.util.Locale.class)
                    .invoke(renderer, n, java.util.Locale.JAPANESE))
                    .isEqualTo("鳥取大学 NMR 2 のガスバッグ 3 が 90 % になりました。交換してください。");
            assertThat(messages.getMethod("spoken", notification, java.util.Locale.class)
                    .invoke(renderer, n, java.util.Locale.ENGLISH)).asString().contains("gas bag 3 is at 90 %");
            // the notifier factories are provided by the module descriptor
            Class<?> factory = loader.loadClass("io.github.herenet.helium.alert.NotifierFactory");
            List<?> factories = (List<?>) factory.getMethod("loadAll").invoke(null);
            List<Object> types = new ArrayList<>();
            for (Object f : factories) {
                types.add(factory.getMethod("type").invoke(f));
            }
            assertThat(types).containsExactlyInAnyOrder("log", "webhook", "spoken");
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Test
    void descriptorAndServiceFilesProvideTheSame() throws Exception {
        Path classes = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> e.endsWith("classes") && !e.endsWith("test-classes")).map(Path::of).findFirst()
                .orElseThrow();
        ModuleDescriptor descriptor = ModuleFinder.of(classes).find(MODULE).orElseThrow().descriptor();
        assertThat(descriptor.provides()).isNotEmpty();
        for (ModuleDescriptor.Provides p : descriptor.provides()) {
            List<String> listed = Files.readAllLines(classes.resolve("META-INF/services/" + p.service())).stream()
                    .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
            assertThat(listed).as(p.service()).containsExactlyInAnyOrderElementsOf(p.providers());
        }
    }
}
