package io.github.herenet.helium.json;

import io.github.herenet.helium.alert.NotificationDispatcher;
import io.github.herenet.helium.alert.NotificationLevel;
import io.github.herenet.helium.alert.NotificationMessages;
import io.github.herenet.helium.alert.Notifier;
import io.github.herenet.helium.alert.NotifierConfig;
import io.github.herenet.helium.alert.NotifierFactory;
import io.github.herenet.helium.alert.NotifierSettings;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A site's notifier configuration as JSON: its language, where each level of notification goes, and the
 * notifiers themselves, read into a {@link NotifierConfig} that builds the site's
 * {@link NotificationDispatcher}.
 *
 * <pre>{@code
 * {"language": "ja", "zone": "Asia/Tokyo",
 *  "notifiers": {
 *    "log":     {"type": "log"},
 *    "chat":    {"type": "webhook", "url": "https://chat.example.ac.jp/hooks/helium", "timeout": "PT10S"},
 *    "speaker": {"type": "spoken", "url": "http://wanwan.local:8080/speak"},
 *    "staff":   {"type": "email", "host": "smtp.example.ac.jp", "port": 587, "startTls": true,
 *                "username": "helium", "password": "...", "from": "helium@example.ac.jp",
 *                "to": ["cryo-staff@example.ac.jp"]}
 *  },
 *  "channels": {"INFO": ["log"], "WARNING": ["log", "chat"], "CRITICAL": ["log", "chat", "staff", "speaker"]},
 *  "retry": {"maxAttempts": 3, "initialBackoff": "PT1S", "maxBackoff": "PT1M"},
 *  "queueCapacity": 100}
 * }</pre>
 *
 * {@code language} is a BCP 47 tag (required); {@code zone} (the time zone of the messages) defaults to UTC,
 * {@code retry} to the values shown and {@code queueCapacity} to 100; a level missing from {@code channels}
 * goes nowhere. Each notifier's {@code type} picks a {@link NotifierFactory} service ({@code log},
 * {@code webhook} and {@code spoken} in helium-core, {@code email} in helium-notify), which reads the other
 * settings. Errors are {@link JsonFormatException}s located by JSON pointer ({@code /notifiers/chat/url: must
 * be an absolute http or https URL ...}): unknown keys, unknown types, bad URLs, channels naming no notifier.
 */
public final class NotifierConfigJson {

    /** The retry settings when none are given. */
    public static final NotificationDispatcher.Retry DEFAULT_RETRY = new NotificationDispatcher.Retry(3,
            Duration.ofSeconds(1), Duration.ofMinutes(1));

    /** The queue capacity when none is given. */
    public static final int DEFAULT_QUEUE_CAPACITY = 100;

    private NotifierConfigJson() {
    }

    /**
     * Reads a configuration with the {@link NotifierFactory} services found by {@link NotifierFactory#loadAll()};
     * {@code in} is left open.
     *
     * @param in the document
     * @return the configuration; its notifiers are open (close them, or the dispatcher built from it)
     * @throws JsonFormatException for malformed JSON or an invalid configuration, with its location
     * @throws IOException         if {@code in} cannot be read
     */
    public static NotifierConfig read(Reader in) throws IOException {
        return read(in, NotifierFactory.loadAll());
    }

    /**
     * Reads a configuration with the given factories; {@code in} is left open. Notifiers made before an error
     * is found are closed.
     *
     * @param in        the document
     * @param factories the notifier types known (distinct {@link NotifierFactory#type()}s; the first wins)
     * @return the configuration
     * @throws JsonFormatException for malformed JSON or an invalid configuration, with its location
     * @throws IOException         if {@code in} cannot be read
     */
    public static NotifierConfig read(Reader in, List<? extends NotifierFactory> factories) throws IOException {
        Map<String, NotifierFactory> types = new LinkedHashMap<>();
        for (NotifierFactory f : factories) {
            types.putIfAbsent(f.type(), f);
        }
        return JsonIo.readObject(in, "{\"language\": ..., \"notifiers\": {...}, \"channels\": {...}}",
                f -> config(f, types));
    }

    private static NotifierConfig config(Fields f, Map<String, NotifierFactory> types) {
        Locale language = language(f);
        ZoneId zone = zone(f);
        NotificationMessages messages = new NotificationMessages(zone);
        Fields all = f.object("notifiers");
        Map<String, Notifier> notifiers = new LinkedHashMap<>();
        try {
            for (String name : all.names()) {
                Fields one = all.object(name);
                notifiers.put(name, one.make(o -> notifier(o, name, types, messages)));
            }
            Map<NotificationLevel, Set<String>> channels = channels(f.object("channels"), notifiers.keySet());
            NotificationDispatcher.Retry retry = f.has("retry") ? f.object("retry").make(NotifierConfigJson::retry)
                    : DEFAULT_RETRY;
            int capacity = f.intValue("queueCapacity", DEFAULT_QUEUE_CAPACITY);
            if (capacity < 1) {
                throw new Problem(f.at("queueCapacity"), "must be at least 1, got " + capacity);
            }
            return new NotifierConfig(language, zone, notifiers, channels, retry, capacity);
        } catch (RuntimeException e) {
            notifiers.values().forEach(Notifier::close);
            throw e;
        }
    }

    private static Locale language(Fields f) {
        String tag = f.string("language");
        Locale locale = Locale.forLanguageTag(tag);
        if (locale.getLanguage().isEmpty()) {
            throw new Problem(f.at("language"), "must be a BCP 47 language tag such as \"ja\" or \"en\", got "
                    + JsonIo.quote(tag));
        }
        return locale;
    }

    private static ZoneId zone(Fields f) {
        String id = f.string("zone", "UTC");
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new Problem(f.at("zone"), "must be a time zone such as \"Asia/Tokyo\", got " + JsonIo.quote(id));
        }
    }

    private static Notifier notifier(Fields f, String name, Map<String, NotifierFactory> types,
                                     NotificationMessages messages) {
        String type = f.string("type");
        NotifierFactory factory = types.get(type);
        if (factory == null) {
            throw new Problem(f.at("type"), "must be one of " + String.join(", ", types.keySet()) + ", got "
                    + JsonIo.quote(type) + (type.equals("email") ? " (e-mail needs helium-notify)" : ""));
        }
        return factory.create(new Settings(f, name, messages));
    }

    private static Map<NotificationLevel, Set<String>> channels(Fields f, Set<String> known) {
        Map<NotificationLevel, Set<String>> channels = new EnumMap<>(NotificationLevel.class);
        for (String level : f.names()) {
            NotificationLevel l = level(f, level);
            Items names = f.array(level);
            Set<String> set = new LinkedHashSet<>();
            for (int i = 0; i < names.size(); i++) {
                String name = names.string(i);
                if (!known.contains(name)) {
                    throw new Problem(names.at(i), "names no notifier; notifiers: " + String.join(", ", known));
                }
                set.add(name);
            }
            channels.put(l, set);
        }
        return channels;
    }

    private static NotificationDispatcher.Retry retry(Fields f) {
        int attempts = f.intValue("maxAttempts", DEFAULT_RETRY.maxAttempts());
        if (attempts < 1) {
            throw new Problem(f.at("maxAttempts"), "must be at least 1, got " + attempts);
        }
        return new NotificationDispatcher.Retry(attempts, f.duration("initialBackoff", DEFAULT_RETRY.initialBackoff()),
                f.duration("maxBackoff", DEFAULT_RETRY.maxBackoff()));
    }

    /** A notifier's settings over its JSON object. */
    private record Settings(Fields f, String name, NotificationMessages messages) implements NotifierSettings {

        @Override
        public String string(String key) {
            return f.string(key);
        }

        @Override
        public String string(String key, String otherwise) {
            return f.string(key, otherwise);
        }

        @Override
        public int integer(String key, int otherwise) {
            return f.intValue(key, otherwise);
        }

        @Override
        public boolean flag(String key, boolean otherwise) {
            return f.flag(key, otherwise);
        }

        @Override
        public Duration duration(String key, Duration otherwise) {
            return f.duration(key, otherwise);
        }

        @Override
        public List<String> strings(String key) {
            List<String> list = f.array(key).strings();
            if (list.isEmpty()) {
                throw invalid(key, "must name at least one");
            }
            return list;
        }

        @Override
        public URI httpUrl(String key) {
            String text = f.string(key);
            try {
                URI uri = new URI(text);
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                    return uri;
                }
            } catch (URISyntaxException e) {
                // below
            }
            throw invalid(key, "must be an absolute http or https URL with a host, such as"
                    + " \"https://chat.example.ac.jp/hooks/helium\", got " + JsonIo.quote(text));
        }

        @Override
        public RuntimeException invalid(String key, String what) {
            return new Problem(f.at(key), what);
        }
    }

    private static NotificationLevel level(Fields f, String name) {
        for (NotificationLevel l : NotificationLevel.values()) {
            if (l.name().equals(name)) {
                return l;
            }
        }
        throw new Problem(f.at(name), "is not a level; levels: " + Arrays.stream(NotificationLevel.values())
                .map(Enum::name).collect(Collectors.joining(", ")));
    }
}
