package io.github.herenet.helium.alert.mail;

import io.github.herenet.helium.alert.Notifier;
import io.github.herenet.helium.alert.NotifierFactory;
import io.github.herenet.helium.alert.NotifierSettings;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import java.time.Duration;
import java.util.List;

/**
 * The {@code email} type of a site's notifier configuration: an {@link EmailNotifier}. Settings:
 * {@code host} (required), {@code port} (default 25), {@code username} and {@code password} (optional,
 * both or neither), {@code startTls} (default false), {@code timeout} (default {@code PT10S}),
 * {@code from} (required) and {@code to} (a non-empty array), both RFC 822 addresses.
 *
 * <pre>{@code
 * "staff": {"type": "email", "host": "smtp.example.ac.jp", "port": 587, "startTls": true,
 *           "username": "helium", "password": "...", "from": "helium@example.ac.jp",
 *           "to": ["cryo-staff@example.ac.jp"]}
 * }</pre>
 */
public final class EmailNotifierFactory implements NotifierFactory {

    /** The service constructor. */
    public EmailNotifierFactory() {
    }

    /** {@inheritDoc} */
    @Override
    public String type() {
        return "email";
    }

    /** {@inheritDoc} */
    @Override
    public Notifier create(NotifierSettings s) {
        String host = s.string("host");
        int port = s.integer("port", 25);
        if (port < 1 || port > 65535) {
            throw s.invalid("port", "must be a TCP port from 1 to 65535, got " + port);
        }
        String username = s.string("username", null);
        String password = s.string("password", null);
        if ((username == null) != (password == null)) {
            throw s.invalid(username == null ? "username" : "password",
                    "needs both username and password, or neither");
        }
        SmtpSettings smtp = new SmtpSettings(host, port, username, password, s.flag("startTls", false),
                s.duration("timeout", Duration.ofSeconds(10)));
        String from = address(s, "from", s.string("from"));
        List<String> to = s.strings("to");
        for (String address : to) {
            address(s, "to", address);
        }
        return new EmailNotifier(smtp, from, to, s.messages());
    }

    private static String address(NotifierSettings s, String key, String address) {
        try {
            new InternetAddress(address, true);
            return address;
        } catch (AddressException e) {
            throw s.invalid(key, "must hold e-mail addresses such as \"helium@example.ac.jp\", got \"" + address
                    + "\" (" + e.getMessage() + ")");
        }
    }
}
