package io.github.herenet.helium.drivers.level;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;

/** A {@link LinePort} on a TCP socket: the read deadline is the socket's SO_TIMEOUT. */
final class TcpLinePort extends LinePort {

    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private TcpLinePort(Socket socket) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    /**
     * Connects within {@code timeoutMillis}.
     *
     * @throws SocketTimeoutException when the connection is not accepted in time
     * @throws IOException            when it is refused or unreachable
     */
    static TcpLinePort connect(String host, int port, int timeoutMillis) throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            return new TcpLinePort(socket);
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    @Override
    protected int read(byte[] buffer, int timeoutMillis) throws IOException {
        socket.setSoTimeout(timeoutMillis);
        try {
            int n = in.read(buffer);
            if (n < 0) {
                throw new EOFException("the instrument closed the connection");
            }
            return n;
        } catch (SocketTimeoutException e) {
            return 0;
        }
    }

    @Override
    protected void write(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing: nothing more to do
        }
    }
}
