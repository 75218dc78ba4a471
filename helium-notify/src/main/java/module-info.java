/**
 * HeReNet Helium notifiers with heavier dependencies than helium-core: e-mail over SMTP
 * ({@link io.github.herenet.helium.alert.mail.EmailNotifier}, Jakarta Mail on Eclipse Angus), and its
 * {@code email} type for site notifier configurations
 * ({@link io.github.herenet.helium.alert.mail.EmailNotifierFactory}).
 */
module io.github.herenet.helium.notify {
    requires transitive io.github.herenet.helium.core;
    requires transitive jakarta.mail;

    exports io.github.herenet.helium.alert.mail;

    provides io.github.herenet.helium.alert.NotifierFactory with
            io.github.herenet.helium.alert.mail.EmailNotifierFactory;
}
