package io.github.herenet.helium.sim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The listening side shared by the simulators: owns a server socket on 127.0.0.1, the sockets it accepts
 * and the threads that serve them, so {@link #close()} ends every one of them. One daemon thread accepts
 * ({@code PREFIX :PORT accept}), and one daemon thread serves each connection ({@code PREFIX :PORT
 * connection N}); the connection's socket is closed when its work returns.
 */
final class Acceptor implements AutoCloseable {

    /** Sets up an accepted connection. */
    @FunctionalInterface
    interface Handler {
        /**
         * Called on the accepting thread; returns the work to run on the connection's own thread.
         *
         * @throws IOException to drop the connection (its socket is closed)
         */
        Runnable open(Socket socket) throws IOException;
    }

    private static final long JOIN_MILLIS = 5_000;

    private final ServerSocket serverSocket;
    private final String threadPrefix;
    private final Handler handler;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final Set<Thread> threads = ConcurrentHashMap.newKeySet();
    private final AtomicInteger accepted = new AtomicInteger();
    private final Thread acceptor;
    private volatile boolean closed;

    /** Owns {@code serverSocket} from now on; accepts on it once {@link #start()}ed. */
    Acceptor(ServerSocket serverSocket, String threadPrefix, Handler handler) {
        this.serverSocket = serverSocket;
        this.threadPrefix = threadPrefix;
        this.handler = handler;
        this.acceptor = new Thread(this::acceptLoop, threadName("accept"));
        acceptor.setDaemon(true);
    }

    /**
     * Starts accepting. Call it once, after the owner has stored this acceptor: the connections' work may
     * use it then.
     */
    void start() {
        acceptor.start();
    }

    /**
     * A server socket bound to {@code port} of 127.0.0.1 (0 for a free one).
     *
     * @param what what listens, for the message ("a LM510 level meter")
     * @throws UncheckedIOException if the port cannot be bound
     */
    static ServerSocket listen(int port, String what) {
        ServerSocket socket = null;
        try {
            socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
            return socket;
        } catch (IOException e) {
            closeQuietly(socket);
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port + " for " + what + ": "
                    + e.getMessage(), e);
        }
    }

    /** The TCP port it listens on. */
    int port() {
        return serverSocket.getLocalPort();
    }

    /** How many accepted connections are open now. */
    int connections() {
        return sockets.size();
    }

    /** Whether {@link #close()} was called. */
    boolean isClosed() {
        return closed;
    }

    /**
     * Stops listening, closes every accepted connection and waits for its threads to end; the port is free
     * again when it returns. Idempotent.
     *
     * @throws IllegalStateException if a thread did not end within 5 s
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        closeQuietly(serverSocket);
        join(acceptor);
        // the acceptor has ended: no connection is added any more
        sockets.forEach(Acceptor::closeQuietly);
        List.copyOf(threads).forEach(Acceptor::join);
    }

    private void acceptLoop() {
        while (!closed) {
            Socket socket;
            try {
                socket = serverSocket.accept();
            } catch (IOException e) {
                return; // the server socket was closed
            }
            int number = accepted.incrementAndGet();
            Runnable work;
            try {
                work = handler.open(socket);
            } catch (IOException e) {
                closeQuietly(socket);
                continue;
            }
            sockets.add(socket);
            threads.removeIf(t -> !t.isAlive());
            Thread thread = new Thread(() -> {
                try {
                    work.run();
                } finally {
                    closeQuietly(socket);
                    sockets.remove(socket);
                }
            }, threadName("connection " + number));
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    private String threadName(String what) {
        return threadPrefix + " :" + serverSocket.getLocalPort() + " " + what;
    }

    private static void join(Thread thread) {
        try {
            thread.join(JOIN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while closing " + thread.getName(), e);
        }
        if (thread.isAlive()) {
            throw new IllegalStateException("thread " + thread.getName() + " did not end within " + JOIN_MILLIS + " ms");
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // closing: nothing more to do
            }
        }
    }
}
