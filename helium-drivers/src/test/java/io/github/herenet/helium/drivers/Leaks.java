package io.github.herenet.helium.drivers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** What the tests check is left behind: threads of this JVM and file descriptors of this process (Linux). */
public final class Leaks {

    private static final Path FDS = Path.of("/proc/self/fd");

    private Leaks() {
    }

    /** The threads of this JVM now. */
    public static Set<Thread> threads() {
        return new HashSet<>(Thread.getAllStackTraces().keySet());
    }

    /** The threads alive now that are not in {@code before}. */
    public static Set<Thread> newThreads(Set<Thread> before) {
        Set<Thread> after = threads();
        after.removeIf(t -> before.contains(t) || !t.isAlive());
        return after;
    }

    /** The socket file descriptors this process holds (Linux); -1 where /proc is not there. */
    public static long openSockets() throws IOException {
        if (!Files.isDirectory(FDS)) {
            return -1;
        }
        return descriptors(target -> target.startsWith("socket:"));
    }

    /** How many of this process's file descriptors are open on {@code device}. */
    public static long openDescriptorsOf(String device) throws IOException {
        return descriptors(target -> target.equals(device));
    }

    private static long descriptors(Predicate<String> target) throws IOException {
        try (Stream<Path> all = Files.list(FDS)) {
            return all.filter(fd -> {
                try {
                    return target.test(Files.readSymbolicLink(fd).toString());
                } catch (IOException e) {
                    return false; // closed while listing (the listing's own descriptor)
                }
            }).count();
        }
    }
}
