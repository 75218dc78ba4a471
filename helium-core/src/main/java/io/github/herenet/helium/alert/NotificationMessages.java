package io.github.herenet.helium.alert;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * Renders {@link Notification}s to text from the resource bundle family {@value #BUNDLE}:
 * {@code io/github/herenet/helium/alert/notifications.properties} (English, the root and fallback) and
 * {@code notifications_ja.properties} (Japanese), with numbers formatted for the locale. The bundles are
 * looked up with {@link ResourceBundle#getBundle(String, Locale)}, which reads {@code .properties} files as
 * UTF-8, so a language is added by adding a bundle {@code notifications_xx.properties} to the package
 * (on the class path, in any jar; on the module path, in this module): keys it lacks fall back to English.
 * The fallback never goes through the JVM's default locale: a language without a bundle is rendered in
 * English even on a Japanese desktop.
 *
 * <p>Each key {@code K} has {@code K.subject}, {@code K.body} and {@code K.spoken} patterns
 * ({@link MessageFormat}) with the arguments {0} site, {1} lab or device, {2} vessel, {3} value with unit,
 * {4} threshold with unit, {5} time, {6} the level's label, {7} the key, {8} the detail (e.g. the decoded
 * alarm bits of a compressor, possibly empty). Thread-safe.
 */
public final class NotificationMessages {

    /** Every message key the bundles define. */
    public static final List<String> KEYS = List.of("BAG_NEARLY_FULL", "BAG_OVERFILL", "COMPRESSOR_FAULT",
            "CYLINDER_AT_FILL_PRESSURE", "CYLINDER_TOO_WARM", "OXYGEN_LOW", "QUENCH", "OVER_PRESSURE",
            "DEWAR_FORGOTTEN", "DEWAR_WARM", "BOILOFF_ZERO", "BOILOFF_HIGH", "PURITY_LOW", "SENSOR_STUCK", "DEVICE_STALE",
            "PHASE_OVERDUE");

    /** The base name of the bundle family. */
    public static final String BUNDLE = "io.github.herenet.helium.alert.notifications";

    private final ZoneId zone;

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
            b.getString("level." + n.level().name()), n.key(), n.detail()
        };
        return new MessageFormat(pattern, locale).format(args);
    }

    private static String withUnit(double v, String unit, Locale locale) {
        String s = number(v, locale);
        return unit.isEmpty() || Double.isNaN(v) ? s : s + " " + unit;
    }

    /**
     * The bundle for {@code locale}: its language's, else the English root; never the bundle of the JVM's
     * default locale, which {@link ResourceBundle#getBundle(String, Locale)} would otherwise fall back to.
     */
    private static ResourceBundle bundle(Locale locale) {
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale);
        Locale found = b.getLocale();
        if (!found.getLanguage().isEmpty() && !found.getLanguage().equals(locale.getLanguage())) {
            b = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
        }
        return b;
    }
}
