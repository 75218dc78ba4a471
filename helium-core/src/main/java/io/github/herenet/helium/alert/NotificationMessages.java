package io.github.herenet.helium.alert;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders {@link Notification}s to text in Japanese or English from the resource bundles
 * {@code io/github/herenet/helium/alert/notifications.properties} (English, the fallback) and
 * {@code notifications_ja.properties} (UTF-8), with numbers formatted for the locale.
 *
 * <p>Each key {@code K} has {@code K.subject}, {@code K.body} and {@code K.spoken} patterns
 * ({@link MessageFormat}) with the arguments {0} site, {1} lab or device, {2} vessel, {3} value with unit,
 * {4} threshold with unit, {5} time, {6} the level's label. The bundles are loaded by this class
 * (not {@code ResourceBundle.getBundle}) so the fallback does not depend on the JVM's default locale and
 * works in a named module. Thread-safe.
 */
public final class NotificationMessages {

    /** Every message key the bundles define. */
    public static final List<String> KEYS = List.of("BAG_NEARLY_FULL", "BAG_OVERFILL", "COMPRESSOR_FAULT",
            "CYLINDER_AT_FILL_PRESSURE", "CYLINDER_TOO_WARM", "OXYGEN_LOW", "QUENCH", "OVER_PRESSURE",
            "DEWAR_FORGOTTEN", "BOILOFF_ZERO", "BOILOFF_HIGH", "PURITY_LOW", "SENSOR_STUCK", "DEVICE_STALE");

    private static final String BASE = "notifications";

    private final ZoneId zone;
    private final Map<String, ResourceBundle> bundles = new ConcurrentHashMap<>();

    /**
     * Creates a renderer that shows times in the given zone.
     *
     * @param zone the sites' time zone (e.g. Asia/Tokyo)
     */
    public NotificationMessages(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * The subject line, e.g. "[WARNING] Tottori University NMR 2: gas bag 3 nearly full (90 %)".
     *
     * @param n      the notification
     * @param locale the language
     * @return the rendered subject
     */
    public String subject(Notification n, Locale locale) {
        return render(n, locale, "subject");
    }

    /**
     * The body: what happened, when, and what to do.
     *
     * @param n      the notification
     * @param locale the language
     * @return the rendered body
     */
    public String body(Notification n, Locale locale) {
        return render(n, locale, "body");
    }

    /**
     * The short spoken form, meant to be read aloud by a smart speaker.
     *
     * @param n      the notification
     * @param locale the language
     * @return the rendered sentence(s)
     */
    public String spoken(Notification n, Locale locale) {
        return render(n, locale, "spoken");
    }

    /**
     * Whether the bundle for {@code locale} (or its English fallback) has a pattern for the key and part.
     *
     * @param key    a message key
     * @param part   "subject", "body" or "spoken"
     * @param locale the language
     * @return whether it is defined
     */
    public boolean has(String key, String part, Locale locale) {
        return bundle(locale).containsKey(key + "." + part);
    }

    /**
     * Formats a number for the locale with at most two fraction digits ("1,234.5" or "1,234.5" in ja).
     *
     * @param value  the number; {@code NaN} renders as "-"
     * @param locale the language
     * @return the formatted number
     */
    public static String number(double value, Locale locale) {
        if (Double.isNaN(value)) {
            return "-";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(2);
        return f.format(value);
    }

    private String render(Notification n, Locale locale, String part) {
        ResourceBundle b = bundle(locale);
        String pattern;
        try {
            pattern = b.getString(n.key() + "." + part);
        } catch (MissingResourceException e) {
            pattern = b.getString("GENERIC." + part);
        }
        Object[] args = {
            n.site(), n.source(), n.target(), withUnit(n.value(), n.unit(), locale),
            withUnit(n.threshold(), n.unit(), locale),
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(zone)
                    .format(n.time()),
            b.getString("level." + n.level().name()), n.key()
        };
        return new MessageFormat(pattern, locale).format(args);
    }

    private static String withUnit(double v, String unit, Locale locale) {
        String s = number(v, locale);
        return unit.isEmpty() || Double.isNaN(v) ? s : s + " " + unit;
    }

    private ResourceBundle bundle(Locale locale) {
        String lang = locale.getLanguage();
        return bundles.computeIfAbsent(lang, l -> {
            ResourceBundle b = l.isEmpty() ? null : load(BASE + "_" + l + ".properties");
            return b != null ? b : load(BASE + ".properties");
        });
    }

    private static ResourceBundle load(String name) {
        try (InputStream in = NotificationMessages.class.getResourceAsStream(name)) {
            if (in == null) {
                return null;
            }
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
