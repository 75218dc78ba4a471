package io.github.herenet.helium.alert.mail;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

import io.github.herenet.helium.alert.Notification;
import io.github.herenet.helium.alert.NotificationException;
import io.github.herenet.helium.alert.NotificationMessages;
import io.github.herenet.helium.alert.Notifier;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends a notification as a plain-text UTF-8 e-mail over SMTP (Jakarta Mail, Eclipse Angus): the subject
 * line of {@link NotificationMessages#subject}, the body of {@link NotificationMessages#body}, and the
 * headers {@code X-Helium-Key} and {@code X-Helium-Level} for mail filters.
 */
public final class EmailNotifier implements Notifier {
    private final SmtpSettings smtp;
    private final InternetAddress from;
    private final InternetAddress[] to;
    private final NotificationMessages messages;
    private final Session session;

    /**
     * Creates the notifier.
     *
     * @param smtp     the server
     * @param from     the sender address
     * @param to       the recipient addresses, at least one
     * @param messages renders subject and body
     * @throws IllegalArgumentException if an address is malformed or there is no recipient
     */
    public EmailNotifier(SmtpSettings smtp, String from, List<String> to, NotificationMessages messages) {
        this.smtp = Objects.requireNonNull(smtp, "smtp");
        this.messages = Objects.requireNonNull(messages, "messages");
        if (to.isEmpty()) {
            throw new IllegalArgumentException("no recipient");
        }
        try {
            this.from = new InternetAddress(from, true);
            this.to = new InternetAddress[to.size()];
            for (int i = 0; i < to.size(); i++) {
                this.to[i] = new InternetAddress(to.get(i), true);
            }
        } catch (AddressException e) {
            throw new IllegalArgumentException("bad address: " + e.getMessage(), e);
        }
        Properties p = new Properties();
        String ms = Long.toString(smtp.timeout().toMillis());
        p.setProperty("mail.transport.protocol", "smtp");
        p.setProperty("mail.smtp.host", smtp.host());
        p.setProperty("mail.smtp.port", Integer.toString(smtp.port()));
        p.setProperty("mail.smtp.connectiontimeout", ms);
        p.setProperty("mail.smtp.timeout", ms);
        p.setProperty("mail.smtp.writetimeout", ms);
        p.setProperty("mail.smtp.auth", Boolean.toString(smtp.username() != null));
        p.setProperty("mail.smtp.starttls.enable", Boolean.toString(smtp.startTls()));
        p.setProperty("mail.smtp.starttls.required", Boolean.toString(smtp.startTls()));
        p.setProperty("mail.mime.charset", "UTF-8");
        this.session = Session.getInstance(p);
    }

    /** {@inheritDoc} */
    @Override
    public String name() {
        return "email";
    }

    /**
     * Builds the message that {@link #send} sends.
     *
     * @param n      the notification
     * @param locale the language
     * @return the message
     * @throws MessagingException if the message cannot be built
     */
    public MimeMessage message(Notification n, Locale locale) throws MessagingException {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(from);
        m.setRecipients(Message.RecipientType.TO, to);
        m.setSubject(messages.subject(n, locale), StandardCharsets.UTF_8.name());
        m.setText(messages.body(n, locale), StandardCharsets.UTF_8.name());
        m.setSentDate(Date.from(n.time()));
        m.setHeader("X-Helium-Key", n.key());
        m.setHeader("X-Helium-Level", n.level().name());
        m.setHeader("Content-Language", locale.toLanguageTag());
        return m;
    }

    /** {@inheritDoc} */
    @Override
    public void send(Notification n, Locale locale) throws NotificationException {
        try {
            MimeMessage m = message(n, locale);
            if (smtp.username() != null) {
                Transport.send(m, smtp.username(), smtp.password());
            } else {
                Transport.send(m);
            }
        } catch (MessagingException e) {
            throw new NotificationException("e-mail via " + smtp.host() + ":" + smtp.port() + " failed: " + e, e);
        }
    }
}
