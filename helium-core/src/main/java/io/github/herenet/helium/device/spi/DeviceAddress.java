package io.github.herenet.helium.device.spi;

import io.github.herenet.helium.device.DeviceException;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A device URI with its query parameters checked against the driver's {@link UriParameter}s: unknown
 * or repeated parameters and values of the wrong type are refused with a
 * {@link DeviceException.UnknownParameter} naming them and listing the parameters defined; absent
 * ones take their defaults. Immutable.
 */
public final class DeviceAddress {

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s|m|h)");

    private final URI uri;
    private final Map<String, String> values;
    private final Map<String, UriParameter> parameters;

    private DeviceAddress(URI uri, Map<String, String> values, Map<String, UriParameter> parameters) {
        this.uri = uri;
        this.values = values;
        this.parameters = parameters;
    }

    /**
     * Checks {@code uri}'s query against {@code parameters}.
     *
     * @throws DeviceException.UnknownParameter for an unknown, repeated, missing required or ill-typed parameter
     */
    public static DeviceAddress of(URI uri, List<UriParameter> parameters) {
        Map<String, UriParameter> defined = parameters.stream()
                .collect(Collectors.toMap(UriParameter::name, p -> p, (a, b) -> a, LinkedHashMap::new));
        Map<String, String> values = new LinkedHashMap<>();
        String query = uri.getRawQuery();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (!defined.containsKey(name)) {
                    throw new DeviceException.UnknownParameter("unknown parameter '" + name + "' in " + uri
                            + "; " + uri.getScheme() + " takes: " + list(defined));
                }
                if (values.put(name, value) != null) {
                    throw new DeviceException.UnknownParameter("parameter '" + name + "' given twice in " + uri);
                }
            }
        }
        for (UriParameter p : defined.values()) {
            if (!values.containsKey(p.name())) {
                if (p.defaultValue() == null) {
                    throw new DeviceException.UnknownParameter("missing parameter '" + p.name() + "' in " + uri
                            + ": " + p.describe());
                }
                values.put(p.name(), p.defaultValue());
            }
        }
        DeviceAddress address = new DeviceAddress(uri, Map.copyOf(values), defined);
        for (UriParameter p : defined.values()) {
            address.typed(p.name()); // every value parses as its type, or the URI is refused now
        }
        return address;
    }

    /** The URI. */
    public URI uri() {
        return uri;
    }

    /** The host of a network URI. */
    public String host() {
        if (uri.getHost() == null) {
            throw new DeviceException.InvalidAddress("no host in " + uri);
        }
        return uri.getHost();
    }

    /** The port of a network URI, or {@code defaultPort} when it has none. */
    public int port(int defaultPort) {
        return uri.getPort() < 0 ? defaultPort : uri.getPort();
    }

    /** The path, e.g. {@code /dev/ttyUSB0}. */
    public String path() {
        return uri.getPath() == null ? "" : uri.getPath();
    }

    /** A text parameter. */
    public String text(String name) {
        return (String) typed(name);
    }

    /** An integer parameter. */
    public long integer(String name) {
        return (Long) typed(name);
    }

    /** A number parameter. */
    public double number(String name) {
        return (Double) typed(name);
    }

    /** A duration parameter. */
    public Duration duration(String name) {
        return (Duration) typed(name);
    }

    private Object typed(String name) {
        UriParameter p = parameters.get(name);
        if (p == null) {
            throw new IllegalArgumentException("the driver defines no parameter '" + name + "'");
        }
        String value = values.get(name);
        try {
            return switch (p.type()) {
                case TEXT -> value;
                case INTEGER -> Long.parseLong(value);
                case NUMBER -> Double.parseDouble(value);
                case DURATION -> parseDuration(value);
            };
        } catch (NumberFormatException e) {
            throw new DeviceException.UnknownParameter("parameter '" + name + "' in " + uri + " has the value '"
                    + value + "', which is not a valid " + p.type().name().toLowerCase(Locale.ROOT) + ": " + p.describe());
        }
    }

    private static Duration parseDuration(String text) {
        Matcher m = DURATION.matcher(text.trim());
        if (!m.matches()) {
            throw new NumberFormatException(text);
        }
        double amount = Double.parseDouble(m.group(1));
        double millis = switch (m.group(2)) {
            case "ms" -> amount;
            case "s" -> amount * 1_000;
            case "m" -> amount * 60_000;
            default -> amount * 3_600_000;
        };
        return Duration.ofNanos(Math.round(millis * 1_000_000));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String list(Map<String, UriParameter> defined) {
        return defined.isEmpty() ? "no parameters"
                : defined.values().stream().map(UriParameter::describe).collect(Collectors.joining("; "));
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
