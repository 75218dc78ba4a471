package io.github.herenet.helium.sim;

import io.github.herenet.helium.device.Channel;
import io.github.herenet.helium.device.DeviceConnection;
import io.github.herenet.helium.device.DeviceException;
import io.github.herenet.helium.device.Reading;
import io.github.herenet.helium.device.spi.DeviceAddress;
import io.github.herenet.helium.device.spi.DeviceDriver;
import io.github.herenet.helium.device.spi.UriParameter;
import io.github.herenet.helium.ledger.InMemoryLedgerStore;
import io.github.herenet.helium.ledger.Ledger;
import io.github.herenet.helium.sim.network.NetworkSimulation;
import io.github.herenet.helium.sim.network.Scenario;
import io.github.herenet.helium.sim.network.SimulatedSensor;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The {@code sim} driver: a device of a simulated network, {@code sim://site/device?scenario=reference&seed=42}.
 * The device is a lab, a vessel (bag, cylinder, dewar, magnet), {@code compressor} or {@code liquefier} of the
 * site; its channels are the simulated sensors of {@link SimulatedSensor}. If a {@link NetworkSimulation} of that
 * scenario and seed is open in this JVM, the connection reads its live values as it runs; otherwise the
 * connection runs a private simulation that advances {@code speed} simulated seconds per second of the clock the
 * driver is given (a simulated day in 24 s at the default), closed with the connection. Readings are stamped
 * with the simulation's virtual time; channels are read-only. The parameters are
 * {@link #PARAMETERS}; any other is refused. Stateless and thread-safe.
 */
public final class SimDriver implements DeviceDriver {

    /** The URI scheme. */
    public static final String SCHEME = "sim";

    /** Every parameter a {@code sim} URI takes. */
    public static final List<UriParameter> PARAMETERS = List.of(
            UriParameter.optional("scenario", UriParameter.Type.TEXT, "reference",
                    "the scenario: 'reference', 'campaign' or the path of a scenario JSON file"),
            UriParameter.optional("seed", UriParameter.Type.INTEGER, "42", "the seed of the simulation"),
            UriParameter.optional("speed", UriParameter.Type.NUMBER, "3600",
                    "simulated seconds per second of the driver's clock, for a simulation the connection runs itself"));

    /** For {@link java.util.ServiceLoader}. */
    public SimDriver() {
    }

    /** {@value #SCHEME}. */
    @Override
    public String scheme() {
        return SCHEME;
    }

    /** {@link #PARAMETERS}. */
    @Override
    public List<UriParameter> parameters() {
        return PARAMETERS;
    }

    /**
     * Attaches to the open simulation of the scenario and seed, or starts one.
     *
     * @throws DeviceException.InvalidAddress   for a site or device the scenario does not have (the message lists
     *                                          the devices of the site, or the sites)
     * @throws DeviceException.UnknownParameter for a scenario file that cannot be read, or a speed not above 0
     */
    @Override
    public DeviceConnection open(DeviceAddress address, Clock clock) {
        String site = address.host();
        String device = address.path().startsWith("/") ? address.path().substring(1) : address.path();
        long seed = address.integer("seed");
        double speed = address.number("speed");
        if (!(speed > 0)) {
            throw new DeviceException.UnknownParameter("speed must be above 0 in " + address.uri() + ", got " + speed);
        }
        String scenarioName = address.text("scenario");
        Scenario scenario = scenario(scenarioName, address.uri());
        Optional<NetworkSimulation> open = NetworkSimulation.open(scenario.name(), seed);
        List<SimulatedSensor> channels = (open.isPresent() ? open.get().sensors() : sensorsOf(scenario, seed)).stream()
                .filter(s -> s.siteId().equals(site) && s.deviceId().equals(device)).toList();
        if (channels.isEmpty()) {
            throw new DeviceException.InvalidAddress(unknownDevice(address.uri(), scenario, seed, site));
        }
        if (open.isPresent()) {
            return new SimConnection(address.uri(), open.get(), channels, null, clock, speed);
        }
        Ledger ledger = Ledger.open(scenario.network(), new InMemoryLedgerStore());
        NetworkSimulation own = NetworkSimulation.create(scenario, seed, ledger);
        return new SimConnection(address.uri(), own, channels, ledger, clock, speed);
    }

    private static List<SimulatedSensor> sensorsOf(Scenario scenario, long seed) {
        try (Ledger ledger = Ledger.open(scenario.network(), new InMemoryLedgerStore());
             NetworkSimulation probe = NetworkSimulation.create(scenario, seed, ledger)) {
            return probe.sensors();
        }
    }

    private static String unknownDevice(URI uri, Scenario scenario, long seed, String site) {
        List<SimulatedSensor> all = sensorsOf(scenario, seed);
        TreeSet<String> devices = new TreeSet<>();
        TreeSet<String> sites = new TreeSet<>();
        for (SimulatedSensor s : all) {
            sites.add(s.siteId());
            if (s.siteId().equals(site)) {
                devices.add(s.deviceId());
            }
        }
        return devices.isEmpty()
                ? "no site '" + site + "' in scenario '" + scenario.name() + "' (" + uri + "); sites: " + sites
                : "no device at " + uri + "; devices of site " + site + ": " + devices;
    }

    private static Scenario scenario(String name, URI uri) {
        if (name.equals("reference")) {
            return Scenario.reference();
        }
        if (name.equals("campaign")) {
            return Scenario.campaign();
        }
        Path file = Path.of(name);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return Scenario.read(in);
        } catch (IOException | UncheckedIOException e) {
            throw new DeviceException.UnknownParameter("scenario '" + name + "' in " + uri
                    + " is neither 'reference', 'campaign' nor a readable scenario file: " + e.getMessage());
        }
    }

    /** A connection to one simulated device. */
    private static final class SimConnection implements DeviceConnection {
        private final URI uri;
        private final NetworkSimulation simulation;
        private final List<SimulatedSensor> sensors;
        private final Ledger ownLedger;
        private final Clock clock;
        private final double speed;
        private final Instant openedAt;
        private final Instant simulatedFrom;
        private volatile boolean closed;

        SimConnection(URI uri, NetworkSimulation simulation, List<SimulatedSensor> sensors, Ledger ownLedger,
                      Clock clock, double speed) {
            this.uri = uri;
            this.simulation = simulation;
            this.sensors = sensors;
            this.ownLedger = ownLedger;
            this.clock = clock;
            this.speed = speed;
            this.openedAt = clock.instant();
            this.simulatedFrom = simulation.clock().instant();
        }

        @Override
        public URI uri() {
            return uri;
        }

        @Override
        public List<Channel> channels() {
            return sensors.stream().map(s -> new Channel(s.channel(), s.quantity(), s.unit(), false)).toList();
        }

        @Override
        public Reading read(String channel) {
            if (closed) {
                throw new DeviceException.Connect("connection to " + uri + " is closed", null);
            }
            SimulatedSensor sensor = sensors.stream().filter(s -> s.channel().equals(channel)).findFirst()
                    .orElseThrow(() -> new DeviceException.InvalidAddress("no channel '" + channel + "' at " + uri
                            + "; channels: " + sensors.stream().map(SimulatedSensor::channel).toList()));
            if (ownLedger != null) {
                long realMs = clock.millis() - openedAt.toEpochMilli();
                simulation.runUntil(simulatedFrom.plusMillis((long) (realMs * speed)));
            }
            if (simulation.isClosed()) {
                throw new DeviceException.Connect("the simulation behind " + uri + " was closed", null);
            }
            return simulation.read(sensor.subject());
        }

        @Override
        public void write(String channel, double value) {
            throw new DeviceException.InvalidAddress("channel '" + channel + "' of " + uri
                    + " is read-only: simulated sensors cannot be written");
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            if (ownLedger != null) {
                simulation.close();
                ownLedger.close();
            }
        }
    }
}
