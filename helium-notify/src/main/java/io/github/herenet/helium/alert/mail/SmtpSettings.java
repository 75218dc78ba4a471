package io.github.herenet.helium.alert.mail;

import java.time.Duration;
import java.util.Objects;

/**
 * How to reach an SMTP server.
 *
 * @param host     the server's host name or address
 * @param port     the server's port (25, 587, or a test server's)
 * @param username the login, or {@code null} for none
 * @param password the password, or {@code null} for none
 * @param startTls whether to require STARTTLS
 * @param timeout  the connect, read and write timeout
 */
public record SmtpSettings(String host, int port, String username, String password, boolean startTls,
                           Duration timeout) {

    /**
     * Checks the values.
     */
    public SmtpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(timeout, "timeout");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port);
        }
    }

    /**
     * Settings without login or TLS, e.g. for a relay on the local network.
     *
     * @param host    the server
     * @param port    its port
     * @param timeout the connect, read and write timeout
     * @return the settings
     */
    public static SmtpSettings plain(String host, int port, Duration timeout) {
        return new SmtpSettings(host, port, null, null, false, timeout);
    }

    /**
     * Hides the password.
     *
     * @return a description without the password
     */
    @Override
    public String toString() {
        return "SmtpSettings[" + host + ":" + port + ", user=" + username + ", startTls=" + startTls + "]";
    }
}
