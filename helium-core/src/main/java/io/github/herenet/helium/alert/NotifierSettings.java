package io.github.herenet.helium.alert;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * The settings of one notifier in a site's notifier configuration, as a {@link NotifierFactory} reads them.
 * Every getter reports a missing or ill-typed setting at its location in the configuration (a JSON pointer
 * such as {@code /notifiers/chat/url}); settings no getter asked for are refused as unknown once the factory
 * returns, so a misspelt key is an error, not a silently ignored one.
 */
public interface NotifierSettings {

    /**
     * The notifier's name in the configuration, which routes refer to.
     *
     * @return the name
     */
    String name();

    /**
     * The site's message renderer, in its time zone.
     *
     * @return the renderer
     */
    NotificationMessages messages();

    /**
     * A required string.
     *
     * @param key the setting
     * @return its value
     */
    String string(String key);

    /**
     * An optional string.
     *
     * @param key       the setting
     * @param otherwise the value when absent
     * @return its value, or {@code otherwise}
     */
    String string(String key, String otherwise);

    /**
     * An optional integer.
     *
     * @param key       the setting
     * @param otherwise the value when absent
     * @return its value, or {@code otherwise}
     */
    int integer(String key, int otherwise);

    /**
     * An optional {@code true}/{@code false}.
     *
     * @param key       the setting
     * @param otherwise the value when absent
     * @return its value, or {@code otherwise}
     */
    boolean flag(String key, boolean otherwise);

    /**
     * An optional ISO-8601 duration such as {@code "PT10S"}, not negative.
     *
     * @param key       the setting
     * @param otherwise the value when absent
     * @return its value, or {@code otherwise}
     */
    Duration duration(String key, Duration otherwise);

    /**
     * A required non-empty array of strings.
     *
     * @param key the setting
     * @return the strings
     */
    List<String> strings(String key);

    /**
     * A required absolute {@code http} or {@code https} URL with a host.
     *
     * @param key the setting
     * @return the URL
     */
    URI httpUrl(String key);

    /**
     * An error about a setting's value, located at it, for the factory to throw.
     *
     * @param key  the setting
     * @param what what is wrong and what is allowed, e.g. "must be 1 to 65535, got 0"
     * @return the exception
     */
    RuntimeException invalid(String key, String what);
}
