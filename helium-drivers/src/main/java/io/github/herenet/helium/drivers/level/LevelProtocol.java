package io.github.herenet.helium.drivers.level;

import io.github.herenet.helium.device.DeviceException;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

/**
 * The line protocols of the level meters supported, by their URI name ({@code protocol=ami1700}): the
 * commands that read the level, their line ending and the parser of the answers.
 */
public enum LevelProtocol {

    /** AMI Model 1700 (TCP port 7180): {@code MEAS:HE:LEV?} answers the level in %; CRLF. */
    AMI1700("ami1700", "\r\n") {
        @Override
        LevelValue readLevel(Exchange exchange) throws IOException {
            return Ami1700Parser.parseLevel(exchange.ask(Ami1700Parser.LEVEL_QUERY));
        }
    },

    /** AMI Model 135 (RS-232): {@code UNIT} answers C, I or %, then {@code LEVEL} the level in it; CRLF. */
    AMI135("ami135", "\r\n") {
        @Override
        LevelValue readLevel(Exchange exchange) throws IOException {
            String unit = Ami135Parser.parseUnit(exchange.ask(Ami135Parser.UNIT_QUERY));
            return Ami135Parser.parseLevel(exchange.ask(Ami135Parser.LEVEL_QUERY), unit);
        }
    },

    /**
     * Cryomagnetics LM-500/510 (RS-232): {@code MEAS? 1} answers e.g. {@code 35.2 cm}; LF. Over serial the
     * meter echoes the command first: an echo line is skipped.
     */
    LM510("lm510", "\n") {
        @Override
        LevelValue readLevel(Exchange exchange) throws IOException {
            String query = Lm510Parser.levelQuery(1);
            String line = exchange.ask(query);
            if (Lm510Parser.isEcho(line, query)) {
                line = exchange.next();
            }
            return Lm510Parser.parseLevel(line);
        }
    };

    /** One attempt's conversation with the meter, all within the attempt's deadline. */
    interface Exchange {
        /** Sends a command and returns the next line of the answer. */
        String ask(String command) throws IOException;

        /** The next line of the answer. */
        String next() throws IOException;
    }

    private final String uriName;
    private final String lineEnding;

    LevelProtocol(String uriName, String lineEnding) {
        this.uriName = uriName;
        this.lineEnding = lineEnding;
    }

    /** Its name in a URI's {@code protocol} parameter. */
    public String uriName() {
        return uriName;
    }

    /** What ends each command sent. */
    public String lineEnding() {
        return lineEnding;
    }

    /** Sends the commands that read the level and parses the answers. */
    abstract LevelValue readLevel(Exchange exchange) throws IOException;

    /**
     * The protocol named {@code name} in a URI (letter case aside).
     *
     * @throws DeviceException.UnknownParameter naming the protocols known
     */
    public static LevelProtocol byUriName(String name) {
        for (LevelProtocol p : values()) {
            if (p.uriName.equalsIgnoreCase(name.strip())) {
                return p;
            }
        }
        throw new DeviceException.UnknownParameter("unknown level-meter protocol '" + name + "'; known: " + names());
    }

    /** The names known, for messages and documentation: {@code ami1700, ami135, lm510}. */
    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(LevelProtocol::uriName).toList());
    }

    @Override
    public String toString() {
        return uriName.toUpperCase(Locale.ROOT);
    }
}
