package io.github.herenet.helium.sim.network;

import io.github.herenet.helium.device.DeviceProfile;
import io.github.herenet.helium.device.Reading;
import io.github.herenet.helium.ledger.Ledger;
import io.github.herenet.helium.ledger.RecordedEvent;
import io.github.herenet.helium.sim.ModbusDeviceServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A whole HeReNet network simulated on a virtual clock, event by event: magnets boil off into recovery lines
 * and gas bags, compressors fill cylinders, shipments go to the hub, the hub purifies and liquefies as the
 * programme phase allows and sends dewars back, labs refill their magnets, and injected faults happen. Every
 * movement and measurement a site would record is appended to the caller's {@link Ledger}, in time order; the
 * simulation also keeps the true physical account ({@link #balance()}).
 *
 * <pre>{@code
 * Scenario scenario = Scenario.reference();
 * try (Ledger ledger = Ledger.open(scenario.network(), new InMemoryLedgerStore());
 *      NetworkSimulation sim = NetworkSimulation.create(scenario, 42, ledger)) {
 *     sim.addReadingListener(ReadingListener.byDevice(alertEngine::onReading));  // rules see sim://site/device/channel
 *     sim.run(Duration.ofDays(scenario.days()), (now, done) -> System.out.printf("%s %.0f%%%n", now, 100 * done));
 *     System.out.println(sim.balance().conserved());
 * }
 * }</pre>
 *
 * <p>Events are appended in batches (one transaction each on a durable store): a batch goes out when it is
 * full, before every round of sensor readings (so an alert engine writing to the same ledger stays in time
 * order) and at the end of every simulated day of a run; when {@link #run} returns, the ledger has everything.
 * The same scenario, seed and calls give the same ledger. While open, the simulation can be reached by the
 * {@code sim://} driver ({@code sim://site/device?scenario=NAME&seed=SEED}) and through Modbus
 * ({@link #exposeCompressor}). Thread-safe: {@link #run} advances under a lock that readers take too; listeners
 * are called on the thread running it.
 */
public final class NetworkSimulation implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(NetworkSimulation.class);
    private static final Map<String, NetworkSimulation> OPEN = new ConcurrentHashMap<>();

    private final Object lock = new Object();
    private final Scenario scenario;
    private final long seed;
    private final Engine engine;
    private final Clock clock;
    private final Sensors sensors;
    private final List<ReadingListener> readingListeners = new CopyOnWriteArrayList<>();
    private final List<ModbusDeviceServer> servers = new ArrayList<>();
    private final String key;
    private boolean sampling;
    private volatile boolean closed;

    private NetworkSimulation(Scenario scenario, long seed, Ledger ledger) {
        this.scenario = scenario;
        this.seed = seed;
        this.engine = new Engine(scenario, seed, ledger);
        engine.flush();
        this.clock = new Agenda.VirtualClock(engine.agenda, scenario.zone());
        this.sensors = new Sensors(engine);
        this.key = key(scenario.name(), seed);
        OPEN.putIfAbsent(key, this);
    }

    /**
     * A simulation of {@code scenario} with randomness from {@code seed}, writing to {@code ledger}; the stock at
     * the start (magnets, the hub's dewars, the meters' totals) is recorded at once, stamped one second before
     * {@link Scenario#start()} so the first month opens with it (report and reconcile from the month of
     * {@link Scenario#startDate()}), and the clock stands at {@link Scenario#start()}.
     *
     * @param scenario what to simulate
     * @param seed     the seed of every random draw (boil-off spread, lead times)
     * @param ledger   an empty ledger opened on {@code scenario.network()}; the caller closes it
     * @return the simulation
     * @throws IllegalArgumentException if the ledger is on another network or not empty
     */
    public static NetworkSimulation create(Scenario scenario, long seed, Ledger ledger) {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(ledger, "ledger");
        if (!ledger.network().equals(scenario.network())) {
            throw new IllegalArgumentException("the ledger is opened on another network than scenario '"
                    + scenario.name() + "'; open it with Ledger.open(scenario.network(), store)");
        }
        if (ledger.size() != 0) {
            throw new IllegalArgumentException("the ledger already holds " + ledger.size()
                    + " events; a simulation starts from an empty ledger");
        }
        return new NetworkSimulation(scenario, seed, ledger);
    }

    /**
     * The open simulation of the scenario named {@code scenarioName} with {@code seed}, if any (the first one
     * opened, while it is open).
     */
    public static Optional<NetworkSimulation> open(String scenarioName, long seed) {
        return Optional.ofNullable(OPEN.get(key(scenarioName, seed)));
    }

    private static String key(String name, long seed) {
        return name + "#" + seed;
    }

    /** The virtual clock: the simulated time, advanced by {@link #run}. */
    public Clock clock() {
        return clock;
    }

    /** The scenario simulated. */
    public Scenario scenario() {
        return scenario;
    }

    /** The seed. */
    public long seed() {
        return seed;
    }

    /** Adds a listener to every sensor sample (each sensor every {@link Scenario#sampleInterval()}). */
    public void addReadingListener(ReadingListener listener) {
        Objects.requireNonNull(listener, "listener");
        synchronized (lock) {
            readingListeners.add(listener);
            if (!sampling) {
                sampling = true;
                engine.agenda.after(0, this::sample);
            }
        }
    }

    /** Removes a reading listener. */
    public void removeReadingListener(ReadingListener listener) {
        readingListeners.remove(listener);
    }

    /** Adds a listener to every event the simulation appends to the ledger, told after it is recorded. */
    public void addLedgerListener(Consumer<RecordedEvent> listener) {
        engine.ledgerListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Simulates the next {@code duration}, telling {@code progress} about once per simulated day.
     *
     * @throws IllegalStateException after {@link #close()}
     * @throws IllegalArgumentException for a negative duration
     */
    public void run(Duration duration, Progress progress) {
        Objects.requireNonNull(progress, "progress");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("cannot run for a negative duration " + duration);
        }
        long from = engine.agenda.now();
        long end = from + duration.toMillis();
        long day = (long) Physics.MS_PER_DAY;
        for (long t = from; t < end; ) {
            long next = Math.min(end, t + day);
            advance(next);
            t = next;
            progress.progress(Instant.ofEpochMilli(t), end == from ? 1 : (double) (t - from) / (end - from));
        }
        if (end == from) {
            progress.progress(Instant.ofEpochMilli(end), 1);
        }
    }

    /**
     * Simulates up to {@code until} (nothing if it has passed).
     *
     * @throws IllegalStateException after {@link #close()}
     */
    public void runUntil(Instant until) {
        advance(until.toEpochMilli());
    }

    private void advance(long until) {
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("simulation '" + scenario.name() + "' (seed " + seed + ") is closed");
            }
            engine.agenda.runUntil(until);
            engine.flush();
        }
    }

    private void sample() {
        if (readingListeners.isEmpty()) {
            sampling = false;
            return;
        }
        long now = engine.agenda.now();
        Instant at = Instant.ofEpochMilli(now);
        engine.flush(); // a listener may append to the same ledger: it must come after what happened so far
        for (Sensors.Sensor sensor : sensors.all) {
            Reading reading = sensor.read(now, at);
            String subject = sensor.subject();
            for (ReadingListener l : readingListeners) {
                l.reading(subject, reading);
            }
        }
        engine.agenda.after(scenario.sampleInterval().toMillis(), this::sample);
    }

    /** The true physical helium account now. */
    public HeliumBalance balance() {
        synchronized (lock) {
            HeliumBalance balance = engine.balance();
            engine.flush();
            return balance;
        }
    }

    /** The faults injected so far, in the order they happened. */
    public List<InjectedFault> faults() {
        synchronized (lock) {
            return List.copyOf(engine.injected);
        }
    }

    /** The programme phase now. */
    public Scenario.Phase phase() {
        synchronized (lock) {
            return engine.phase();
        }
    }

    /** Litres the hub's liquefier has produced and litres it has bought, so far: [produced, purchased]. */
    public double[] hubLitres() {
        synchronized (lock) {
            return engine.hub == null ? new double[2] : new double[]{engine.hub.producedLitres, engine.hub.purchasedLitres};
        }
    }

    /** Every simulated sensor. */
    public List<SimulatedSensor> sensors() {
        return sensors.all.stream().map(Sensors.Sensor::info).toList();
    }

    /**
     * A sensor's reading now.
     *
     * @param subject {@code sim://site/device/channel}
     * @throws IllegalArgumentException for an unknown sensor
     */
    public Reading read(String subject) {
        Sensors.Sensor sensor = sensors.bySubject.get(subject);
        if (sensor == null) {
            throw new IllegalArgumentException("no simulated sensor " + subject + "; see sensors() for the "
                    + sensors.all.size() + " there are");
        }
        synchronized (lock) {
            long now = engine.agenda.now();
            return sensor.read(now, Instant.ofEpochMilli(now));
        }
    }

    /**
     * Serves a partner site's recovery compressor over Modbus TCP on 127.0.0.1 with the {@code cryomech-cpa}
     * profile (unit 1), its registers following the simulated compressor; writing 255 to its {@code enable}
     * register switches the compressor off (it finishes its bag), 1 on again. Closed with the simulation.
     *
     * @param siteId the partner site
     * @param port   the TCP port (probe a free one)
     * @return the running server
     * @throws IllegalArgumentException for a site without a compressor
     */
    public ModbusDeviceServer exposeCompressor(String siteId, int port) {
        synchronized (lock) {
            Station station = engine.stations.get(siteId);
            if (station == null) {
                throw new IllegalArgumentException("site '" + siteId + "' has no recovery compressor; sites with one: "
                        + engine.stations.keySet());
            }
            ModbusDeviceServer server = ModbusDeviceServer.start(DeviceProfile.builtIn("cryomech-cpa"), 1, port);
            servers.add(server);
            CompressorImage image = new CompressorImage(server, station, engine.agenda);
            Runnable before = station.onChange;
            station.onChange = () -> {
                before.run();
                image.update();
            };
            image.update();
            image.watchEnable();
            return server;
        }
    }

    /** Stops the Modbus servers, unregisters the simulation and refuses further runs; the ledger stays open. */
    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            OPEN.remove(key, this);
            readingListeners.clear();
            engine.ledgerListeners.clear();
            for (ModbusDeviceServer server : servers) {
                try {
                    server.close();
                } catch (RuntimeException e) {
                    LOG.warn("closing the Modbus server on port {} failed", server.port(), e);
                }
            }
            servers.clear();
        }
    }

    /** Whether {@link #close()} was called. */
    public boolean isClosed() {
        return closed;
    }
}
