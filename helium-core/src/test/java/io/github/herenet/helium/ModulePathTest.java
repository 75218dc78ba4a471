package io.github.herenet.helium;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Arrays;
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
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
