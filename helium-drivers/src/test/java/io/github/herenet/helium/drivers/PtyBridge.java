package io.github.herenet.helium.drivers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A python3 helper (test resource {@code pty-bridge.py}) that opens a raw pty pair, prints the slave's path
 * and relays its master byte for byte to a TCP port: a serial device for drivers to open with jSerialComm.
 * {@link #start} skips the calling test where python3 or /dev/pts is missing.
 */
public final class PtyBridge implements AutoCloseable {

    /** The helper process. */
    public final Process process;
    /** The slave side's path, e.g. {@code /dev/pts/3}. */
    public final String path;

    private PtyBridge(Process process, String path) {
        this.process = process;
        this.path = path;
    }

    /** Starts the helper, connected to 127.0.0.1:{@code port}, and waits for its pty's path. */
    public static PtyBridge start(int port) throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/dev/pts")), "no /dev/pts here");
        Path script = Files.createTempFile("pty-bridge", ".py");
        try (InputStream in = PtyBridge.class.getResourceAsStream("/pty-bridge.py")) {
            Files.write(script, in.readAllBytes());
        }
        Process process;
        try {
            process = new ProcessBuilder(List.of("python3", script.toString(), String.valueOf(port)))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            Files.delete(script);
            assumeTrue(false, "python3 is not installed: " + e.getMessage());
            throw e;
        }
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII));
        String path = out.readLine();
        Files.delete(script);
        if (path == null || !path.startsWith("/dev/")) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            throw new IllegalStateException("the pty helper printed " + path);
        }
        return new PtyBridge(process, path);
    }

    /** Ends the helper (it ends when its stdin does) and waits for it. */
    @Override
    public void close() throws Exception {
        process.getOutputStream().close();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
        process.getInputStream().close();
        process.getErrorStream().close();
    }
}
