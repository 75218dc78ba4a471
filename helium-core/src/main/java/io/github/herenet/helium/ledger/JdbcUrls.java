package io.github.herenet.helium.ledger;

import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps secrets out of {@link JdbcLedgerStore}'s messages: a JDBC URL as it may be shown (passwords
 * replaced by {@code ***}), and driver messages scrubbed of the secrets the URL and the connection
 * properties hold (a driver may echo the whole URL, e.g. DriverManager's "No suitable driver found for ...").
 */
final class JdbcUrls {

    private static final String HIDDEN = "***";
    /** Parameter names whose values are secrets, in URLs ({@code ?password=} or {@code ;password=}) and properties. */
    private static final Pattern SECRET_NAME =
            Pattern.compile("(?i).*(password|passwd|pwd|secret|token|credential|apikey|api_key).*");
    private static final Pattern SECRET_PARAMETER =
            Pattern.compile("(?i)((?:[a-z_]*)(?:password|passwd|pwd|secret|token|credential|apikey|api_key)[a-z_]*\\s*=)([^&;?#]*)");
    /** {@code //user:password@host} */
    private static final Pattern USER_INFO = Pattern.compile("(//[^/?#@:;]*:)([^/?#@]*)(@)");

    private JdbcUrls() {
    }

    /** {@code url} with the values of password-like parameters and of a {@code user:password@} part hidden. */
    static String redact(String url) {
        String shown = SECRET_PARAMETER.matcher(url).replaceAll("$1" + Matcher.quoteReplacement(HIDDEN));
        return USER_INFO.matcher(shown).replaceAll("$1" + Matcher.quoteReplacement(HIDDEN) + "$3");
    }

    /** The secret values in {@code url} and {@code properties}, to scrub from driver messages. */
    static Set<String> secrets(String url, Properties properties) {
        Set<String> secrets = new LinkedHashSet<>();
        for (Matcher m = SECRET_PARAMETER.matcher(url); m.find(); ) {
            secrets.add(m.group(2));
        }
        for (Matcher m = USER_INFO.matcher(url); m.find(); ) {
            secrets.add(m.group(2));
        }
        for (String name : properties.stringPropertyNames()) {
            if (SECRET_NAME.matcher(name.toLowerCase(Locale.ROOT)).matches()) {
                secrets.add(properties.getProperty(name));
            }
        }
        secrets.removeIf(s -> s == null || s.isEmpty());
        return Set.copyOf(secrets);
    }

    /** {@code text} without any of {@code secrets}, and with URLs in it redacted. */
    static String scrub(String text, Set<String> secrets) {
        if (text == null) {
            return null;
        }
        String scrubbed = text;
        for (String secret : secrets) {
            scrubbed = scrubbed.replace(secret, HIDDEN);
        }
        return redact(scrubbed);
    }

    /**
     * {@code e} itself if its message shows no secret, else a copy with the message scrubbed (same SQL state,
     * vendor code and stack trace), so that the chained cause cannot leak a password into a log either.
     */
    static SQLException scrub(SQLException e, Set<String> secrets) {
        String message = e.getMessage();
        String scrubbed = scrub(message, secrets);
        if (message == null || message.equals(scrubbed)) {
            return e;
        }
        SQLException copy = new SQLException(scrubbed, e.getSQLState(), e.getErrorCode());
        copy.setStackTrace(e.getStackTrace());
        return copy;
    }
}
