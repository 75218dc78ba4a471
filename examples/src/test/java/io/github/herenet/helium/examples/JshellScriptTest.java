package io.github.herenet.helium.examples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the real {@code jshell} of this JDK with {@code examples/jshell/imports.jsh} as start-up, the way
 * {@code examples/jshell/helium-jshell} does, on helium-core, helium-sim and their runtime dependencies.
 */
class JshellScriptTest {

    /** Class path entries that are not helium-core or its runtime dependencies. */
    private static final List<String> NOT_HELIUM_CORE = List.of("junit", "opentest4j", "apiguardian", "assertj",
            "byte-buddy", "bytebuddy", "surefire", "picocli", "/examples/target/", File.separator + "examples"
                    + File.separator + "target" + File.separator);

    @TempDir
    Path temporary;

    @Test
    void researcherConvertsLiquidToGas() throws Exception {
        String output = jshell(List.of(),
                "System.out.println(\"RESULT=\" + Math.round(HeliumAmount.ofLiquidLitres(100)"
                        + ".gasVolume(StandardConditions.NORMAL_0C).cubicMetres()))",
                "System.out.println(\"EOS=\" + (eos == HeliumEos.reference()))",
                "/exit");
        assertThat(output).contains("RESULT=70", "EOS=true").doesNotContainIgnoringCase("error");
    }

    @Test
    void exampleScriptRuns() throws Exception {
        Path example = jshellDirectory().resolve("example.jsh");
        String output = jshell(List.of(example.toString()));
        assertThat(output)
                .containsPattern("100 L of liquid helium \\(NBP\\)\\s+= 12\\.467 kg = 69\\.85 m3 at 0 C")
                .containsPattern("47 L cylinder, 14\\.7 MPaG, 15 C\\s+= 1\\.084 kg")
                .containsPattern("flash loss from 150 kPa to 1 atm\\s+= 13\\.\\d %")
                .doesNotContainIgnoringCase("error");
    }

    @Test
    void simulationScriptSimulatesAndReconciles() throws Exception {
        Path script = jshellDirectory().resolve("simulation.jsh");
        String output = jshell(List.of(script.toString()));
        assertThat(output)
                .containsPattern("2026-01  tottori +9\\d\\.\\d %   network +9\\d\\.\\d %")
                .containsPattern("2026-05  tottori +[67]\\d\\.\\d %")
                .contains("finding: Tottori University", "used at tottori-nmr1 is unaccounted for",
                        "helium conserved: true")
                .doesNotContainIgnoringCase("error");
    }

    private String jshell(List<String> arguments, String... script) throws IOException, InterruptedException {
        Path imports = jshellDirectory().resolve("imports.jsh");
        assertThat(imports).isRegularFile();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "jshell").toString(),
                "--class-path", heliumCoreClassPath(),
                "--startup", "DEFAULT", "--startup", imports.toString(),
                "-J-Duser.language=en", "-R-Duser.language=en"));
        command.addAll(arguments);
        Path log = temporary.resolve("jshell.log");
        Process process = new ProcessBuilder(command)
                .directory(temporary.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write((String.join("\n", script) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        boolean finished = process.waitFor(60, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(finished).as("jshell finished within 60 s; output so far:%n%s", output).isTrue();
        assertThat(process.exitValue()).as("jshell exit code; output:%n%s", output).isZero();
        return output;
    }

    /** {@code examples/jshell}: from surefire's {@code helium.jshell.dir}, else relative to the module. */
    private static Path jshellDirectory() {
        return Path.of(System.getProperty("helium.jshell.dir", "jshell")).toAbsolutePath();
    }

    /** helium-core (classes or jar) and its runtime dependencies, from this test's class path. */
    private static String heliumCoreClassPath() {
        List<String> entries = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .filter(entry -> NOT_HELIUM_CORE.stream()
                        .noneMatch(part -> entry.toLowerCase(Locale.ROOT).contains(part)))
                .collect(Collectors.toList());
        assertThat(entries).as("class path %s", System.getProperty("java.class.path"))
                .anyMatch(entry -> entry.contains("helium-core"));
        return String.join(File.pathSeparator, entries);
    }
}
