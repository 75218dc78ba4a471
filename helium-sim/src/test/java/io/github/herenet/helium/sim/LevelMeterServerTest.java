package io.github.herenet.helium.sim;

import io.github.herenet.helium.sim.LevelMeterServer.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(30)
class LevelMeterServerTest {

    @Test
    void speaksEachProtocol() throws Exception {
        try (LevelMeterServer ami1700 = LevelMeterServer.start(Dialect.AMI1700);
             LevelMeterServer ami135 = LevelMeterServer.start(Dialect.AMI135);
             LevelMeterServer lm510 = LevelMeterServer.start(Dialect.LM510)) {
            ami1700.level(56.4);
            ami135.level(12.0);
            lm510.level(35.2);
            try (Client c = new Client(ami1700)) {
                assertThat(c.ask("MEAS:HE:LEV?\r\n")).isEqualTo("56.40");
            }
            try (Client c = new Client(ami135)) {
                assertThat(c.ask("UNIT\r\n")).isEqualTo("%");
                c.send("CM\r\n");
                assertThat(c.ask("UNIT\r\n")).isEqualTo("C");
                assertThat(c.ask("LEVEL\r\n")).isEqualTo("12.00");
            }
            try (Client c = new Client(lm510)) {
                assertThat(c.ask("MEAS? 1\n")).isEqualTo("35.2 cm");
                c.send("UNITS in\n");
                assertThat(c.ask("MEAS? 1\n")).isEqualTo("35.2 in");
                assertThat(c.ask("*IDN?\n")).startsWith("CRYOMAGNETICS,LM-510");
                lm510.echo(true);
                assertThat(c.ask("MEAS? 1\r\n")).isEqualTo("MEAS? 1");
                assertThat(c.in.readLine()).isEqualTo("35.2 in");
            }
            assertThat(lm510.commands()).isEqualTo(5);
        }
    }

    @Test
    void garbageSilentAndPaddedModes() throws Exception {
        try (LevelMeterServer meter = LevelMeterServer.start(Dialect.AMI1700); Client c = new Client(meter)) {
            meter.padded(true);
            assertThat(c.ask("MEAS:HE:LEV?\r\n")).isEqualTo("  50.00 ");
            meter.padded(false);
            meter.garbage(true);
            assertThat(c.ask("MEAS:HE:LEV?\r\n")).isNotEqualTo("50.00");
            meter.garbage(false);
            meter.silent(true);
            c.socket.setSoTimeout(200);
            assertThatThrownBy(() -> c.ask("MEAS:HE:LEV?\r\n")).isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void servesAStreamPairAsOnAPseudoTerminal() {
        try (LevelMeterServer meter = LevelMeterServer.start(Dialect.LM510)) {
            meter.replyEnding("\r");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            meter.serve(new ByteArrayInputStream("MEAS? 1\r\n\r\nMEAS? 1\n".getBytes(StandardCharsets.US_ASCII)), out);
            assertThat(out.toString(StandardCharsets.US_ASCII)).isEqualTo("50.0 cm\r50.0 cm\r");
        }
    }

    @Test
    void refusesUnitsItCannotReport() {
        try (LevelMeterServer meter = LevelMeterServer.start(Dialect.AMI1700)) {
            assertThatThrownBy(() -> meter.unit("cm")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> meter.replyEnding("\n\r")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void closeEndsEveryThreadAndConnection() throws Exception {
        Set<Thread> before = new HashSet<>(Thread.getAllStackTraces().keySet());
        LevelMeterServer meter = LevelMeterServer.start(Dialect.AMI135);
        Client client = new Client(meter);
        assertThat(client.ask("LEVEL\r\n")).isEqualTo("50.00");
        assertThat(meter.connections()).isEqualTo(1);
        meter.close();
        meter.close();
        assertThat(client.in.readLine()).as("the meter hung up").isNull();
        client.close();
        Set<Thread> after = new HashSet<>(Thread.getAllStackTraces().keySet());
        after.removeIf(t -> before.contains(t) || !t.isAlive());
        assertThat(after).isEmpty();
        try (LevelMeterServer again = LevelMeterServer.start(Dialect.AMI135, meter.port())) {
            assertThat(again.port()).isEqualTo(meter.port());
        }
    }

    /** A bare TCP client with a read deadline. */
    private static final class Client implements AutoCloseable {
        final Socket socket;
        final BufferedReader in;
        final OutputStream out;

        Client(LevelMeterServer meter) throws IOException {
            socket = new Socket(InetAddress.getLoopbackAddress(), meter.port());
            socket.setSoTimeout(5_000);
            in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            out = socket.getOutputStream();
        }

        void send(String text) throws IOException {
            out.write(text.getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        String ask(String text) throws IOException {
            send(text);
            return in.readLine();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
