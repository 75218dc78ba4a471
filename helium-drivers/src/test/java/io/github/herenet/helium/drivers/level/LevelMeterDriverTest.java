package io.github.herenet.helium.drivers.level;

import io.github.herenet.helium.device.DeviceConnection;
import io.github.herenet.helium.device.DeviceException;
import io.github.herenet.helium.device.Devices;
import io.github.herenet.helium.device.Quality;
import io.github.herenet.helium.device.Reading;
import io.github.herenet.helium.drivers.Leaks;
import io.github.herenet.helium.sim.LevelMeterServer;
import io.github.herenet.helium.sim.LevelMeterServer.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@Timeout(30)
class LevelMeterDriverTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T09:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void readsTheLevelOfEveryProtocolEndToEnd(Dialect dialect) {
        try (LevelMeterServer meter = LevelMeterServer.start(dialect);
             Devices devices = Devices.of(CLOCK, new TcpLevelDriver())) {
            meter.level(42.5);
            String unit = meter.unit();
            DeviceConnection c = devices.open(uri(meter, ""));
            assertThat(c.channels()).singleElement().satisfies(ch -> {
                assertThat(ch.name()).isEqualTo("level");
                assertThat(ch.unit()).isEqualTo(unit);
                assertThat(ch.writable()).isFalse();
            });
            Reading r = c.read("level");
            assertThat(r.value()).isEqualTo(42.5);
            assertThat(r.unit()).isEqualTo(unit);
            assertThat(r.quality()).isEqualTo(Quality.GOOD);
            assertThat(r.timestamp()).isEqualTo(CLOCK.instant());
            meter.level(7.0);
            assertThat(c.read("level").value()).isEqualTo(7.0);
            assertThat(meter.connections()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"cm", "in", "%"})
    void reportsTheUnitTheInstrumentUses(String unit) {
        for (Dialect dialect : new Dialect[] {Dialect.AMI135, Dialect.LM510}) {
            try (LevelMeterServer meter = LevelMeterServer.start(dialect);
                 Devices devices = Devices.of(new TcpLevelDriver())) {
                meter.unit(unit);
                meter.level(12.5);
                DeviceConnection c = devices.open(uri(meter, ""));
                Reading r = c.read("level");
                assertThat(r.unit()).as(dialect + " " + unit).isEqualTo(unit);
                assertThat(r.value()).isEqualTo(12.5);
                assertThat(c.channels().get(0).unit()).isEqualTo(unit);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\r\n", "\n", "\r"})
    void acceptsEveryLineEndingWithOrWithoutSpaces(String ending) {
        for (Dialect dialect : Dialect.values()) {
            for (boolean padded : new boolean[] {false, true}) {
                try (LevelMeterServer meter = LevelMeterServer.start(dialect);
                     Devices devices = Devices.of(new TcpLevelDriver())) {
                    meter.replyEnding(ending);
                    meter.padded(padded);
                    meter.level(33.3);
                    DeviceConnection c = devices.open(uri(meter, "timeout=1s"));
                    for (int i = 0; i < 5; i++) {
                        assertThat(c.read("level").value()).as(dialect + " padded " + padded).isEqualTo(33.3);
                    }
                }
            }
        }
    }

    @Test
    void skipsTheEchoOfAnLm510() {
        try (LevelMeterServer meter = LevelMeterServer.start(Dialect.LM510);
             Devices devices = Devices.of(new TcpLevelDriver())) {
            meter.echo(true);
            meter.level(35.2);
            DeviceConnection c = devices.open(uri(meter, ""));
            for (int i = 0; i < 5; i++) {
                assertThat(c.read("level").value()).isEqualTo(35.2);
            }
            assertThat(c.read("level").unit()).isEqualTo("cm");
        }
    }

    @Test
    void aLevelOutsideItsRangeReadsOutOfRange() {
        try (LevelMeterServer ami = LevelMeterServer.start(Dialect.AMI1700);
             LevelMeterServer lm = LevelMeterServer.start(Dialect.LM510);
             Devices devices = Devices.of(new TcpLevelDriver())) {
            DeviceConnection percent = devices.open(uri(ami, ""));
            DeviceConnection length = devices.open(uri(lm, ""));
            ami.level(104.0);
            assertThat(percent.read("level").quality()).isEqualTo(Quality.OUT_OF_RANGE);
            ami.level(-2.0);
            assertThat(percent.read("level").quality()).isEqualTo(Quality.OUT_OF_RANGE);
            ami.level(100.0);
            assertThat(percent.read("level").quality()).isEqualTo(Quality.GOOD);
            lm.level(104.0);
            assertThat(length.read("level").quality()).isEqualTo(Quality.GOOD);
            lm.level(-1.0);
            Reading negative = length.read("level");
            assertThat(negative.value()).isEqualTo(-1.0);
            assertThat(negative.quality()).isEqualTo(Quality.OUT_OF_RANGE);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void garbageIsAProtocolErrorQuotingItAndTheNextGoodAnswerReadsAgain(Dialect dialect) {
        try (LevelMeterServer meter = LevelMeterServer.start(dialect);
             Devices devices = Devices.of(new TcpLevelDriver())) {
            meter.level(20.0);
            DeviceConnection c = devices.open(uri(meter, ""));
            meter.garbage(true);
            for (int i = 0; i < 10; i++) {
                assertThatThrownBy(() -> c.read("level")).isInstanceOf(DeviceException.Protocol.class)
                        .hasMessageContaining("127.0.0.1:" + meter.port()).hasMessageContaining("sent \"");
            }
            meter.garbage(false);
            assertThat(c.read("level").value()).isEqualTo(20.0);
        }
    }

    @Test
    void garbageWhenOpeningFailsTheOpenAndLeavesNoConnection() throws Exception {
        try (LevelMeterServer meter = LevelMeterServer.start(Dialect.AMI1700);
             Devices devices = Devices.of(new TcpLevelDriver())) {
            meter.garbage(true);
            assertThatThrownBy(() -> devices.open(uri(meter, ""))).isInstanceOf(DeviceException.Protocol.class);
            awaitConnections(meter, 0);
        }
    }

    @Test
    void aSilentMeterTimesOutAfterEveryAttemptWithinTheDeadline() {
        try (LevelMeterServer meter = LevelMeterServer.start(Dialect.AMI1700);
             Devices devices = Devices.of(new TcpLevelDriver())) {
            DeviceConnection c = devices.open(uri(meter, "timeout=200ms&retries=2"));
            meter.silent(true);
            long start = System.nanoTime();
            assertThatThrownBy(() -> c.read("level")).isInstanceOf(DeviceException.Timeout.class)
                    .hasMessageContaining("no answer within 200 ms").hasMessageContaining("3 tries");
            // 3 x 200 ms plus back-off of 20 + 40 ms; generous for a loaded machine
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(3000));
            meter.silent(false);
            meter.level(61.0);
            assertThat(c.read("level").value()).isEqualTo(61.0);
        }
    }

    @Test
    void anAnswerCutShortTimesOutNamingWhatCame() throws Exception {
        // a "meter" that sends half a line and nothing more
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Devices devices = Devices.of(new TcpLevelDriver())) {
            Thread peer = new Thread(() -> {
                try (var s = server.accept()) {
                    s.getInputStream().read(new byte[64]);
                    s.getOutputStream().write("56.".getBytes());
                    s.getInputStream().read(); // until the client hangs up
                } catch (IOException ignored) {
                    // the test ends
                }
            });
            peer.start();
            URI uri = URI.create("tcp://127.0.0.1:" + server.getLocalPort() + "?protocol=ami1700&timeout=300ms&retries=0");
            assertThatThrownBy(() -> devices.open(uri)).isInstanceOf(DeviceException.Timeout.class)
                    .hasMessageContaining("an unfinished line \"56.\"");
            peer.join(5_000);
            assertThat(peer.isAlive()).isFalse();
        }
    }

    @Test
    void reconnectsAfterTheMeterIsRestartedOnTheSamePort() {
        LevelMeterServer first = LevelMeterServer.start(Dialect.AMI1700);
        int port = first.port();
        try (Devices devices = Devices.of(new TcpLevelDriver())) {
            first.level(80.0);
            DeviceConnection c = devices.open(uri(first, "timeout=300ms&retries=1"));
            assertThat(c.read("level").value()).isEqualTo(80.0);

            first.close();
            assertThatThrownBy(() -> c.read("level")).isInstanceOf(DeviceException.Connect.class)
                    .hasMessageContaining("2 tries");

            try (LevelMeterServer second = LevelMeterServer.start(Dialect.AMI1700, port)) {
                second.level(79.5);
                assertThat(c.read("level").value()).isEqualTo(79.5);
                second.close(); // switched off while the driver holds a connection to it
                try (LevelMeterServer third = LevelMeterServer.start(Dialect.AMI1700, port)) {
                    third.level(79.0);
                    assertThat(c.read("level").value()).isEqualTo(79.0);
                    assertThat(third.connections()).isEqualTo(1);
                }
            }
        } finally {
            first.close();
        }
    }

    @Test
    void refusesUnknownParametersAndProtocols() {
        try (LevelMeterServer meter = LevelMeterServer.start(Dialect.AMI1700);
             Devices devices = Devices.of(new TcpLevelDriver())) {
            assertThatThrownBy(() -> devices.open(uri(meter, "baud=9600")))
                    .isInstanceOf(DeviceException.UnknownParameter.class)
                    .hasMessageContaining("unknown parameter 'baud'").hasMessageContaining("retries (integer, default 1)");
            assertThatThrownBy(() -> devices.open(URI.create("tcp://127.0.0.1:" + meter.port())))
                    .isInstanceOf(DeviceException.UnknownParameter.class).hasMessageContaining("missing parameter 'protocol'");
            assertThatThrownBy(() -> devices.open(URI.create("tcp://127.0.0.1:" + meter.port() + "?protocol=ilm210")))
                    .isInstanceOf(DeviceException.UnknownParameter.class)
                    .hasMessageContaining("'ilm210'").hasMessageContaining("ami1700, ami135, lm510");
            assertThatThrownBy(() -> devices.open(uri(meter, "timeout=soon")))
                    .isInstanceOf(DeviceException.UnknownParameter.class).hasMessageContaining("'soon'");
            assertThatThrownBy(() -> devices.open(uri(meter, "retries=-1")))
                    .isInstanceOf(DeviceException.UnknownParameter.class).hasMessageContaining("outside 0-100");
            assertThat(meter.connections()).isZero();
        }
    }

    @Test
    void openingAPortWhereNothingListensFailsWithConnect() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        try (Devices devices = Devices.of(new TcpLevelDriver())) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> devices.open(URI.create("tcp://127.0.0.1:" + port + "?protocol=ami1700&timeout=200ms")))
                    .isInstanceOf(DeviceException.Connect.class).hasMessageContaining("127.0.0.1:" + port);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void theDefaultPortIsTheAmi1700s() {
        assertThat(TcpLevelDriver.DEFAULT_PORT).isEqualTo(7180);
        assertThat(new TcpLevelDriver().parameters()).extracting(p -> p.name()).containsExactly("protocol", "timeout", "retries");
        assertThat(new TcpLevelDriver().parameters()).allSatisfy(p -> assertThat(p.meaning()).isNotBlank());
    }

    @Test
    void onlyTheLevelChannelExistsAndItIsReadOnly() {
        try (LevelMeterServer meter = LevelMeterServer.start(Dialect.AMI1700);
             Devices devices = Devices.of(new TcpLevelDriver())) {
            DeviceConnection c = devices.open(uri(meter, ""));
            assertThatThrownBy(() -> c.read("pressure")).isInstanceOf(DeviceException.InvalidAddress.class)
                    .hasMessageContaining("only channel is 'level'");
            assertThatThrownBy(() -> c.write("level", 3)).isInstanceOf(DeviceException.InvalidAddress.class)
                    .hasMessageContaining("read-only");
            c.close();
            c.close();
            assertThatThrownBy(() -> c.read("level")).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        }
    }

    @Test
    void leavesNoThreadAndNoSocketAfterConnectionAndServerClose() throws Exception {
        Set<Thread> before = Leaks.threads();
        long socketsBefore = Leaks.openSockets();
        LevelMeterServer meter = LevelMeterServer.start(Dialect.LM510);
        int port = meter.port();
        try (Devices devices = Devices.of(new TcpLevelDriver())) {
            DeviceConnection c = devices.open(uri(meter, ""));
            for (int i = 0; i < 100; i++) {
                c.read("level");
            }
            assertThat(meter.connections()).isEqualTo(1);
            c.close();
            awaitConnections(meter, 0); // the driver hung up: the meter saw its socket close
        } finally {
            meter.close();
        }
        assertThat(Leaks.newThreads(before)).as("threads started and not ended").isEmpty();
        assertThat(Leaks.openSockets()).as("open socket descriptors of this process").isLessThanOrEqualTo(socketsBefore);
        try (ServerSocket again = new ServerSocket()) {
            again.setReuseAddress(true);
            again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        }
    }

    private static URI uri(LevelMeterServer meter, String query) {
        String protocol = meter.dialect().name().toLowerCase(Locale.ROOT);
        return URI.create("tcp://127.0.0.1:" + meter.port() + "?protocol=" + protocol + (query.isEmpty() ? "" : "&" + query));
    }

    private static void awaitConnections(LevelMeterServer meter, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (meter.connections() != count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(meter.connections()).isEqualTo(count);
    }
}
