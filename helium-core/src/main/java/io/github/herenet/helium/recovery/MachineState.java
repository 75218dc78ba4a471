package io.github.herenet.helium.recovery;

import java.time.Instant;

/**
 * What every machine state has: the subject it is about, its phase, and when it entered that phase (or
 * last changed).
 *
 * @param <P> the machine's phase enum
 */
public interface MachineState<P extends Enum<P>> {

    /**
     * The subject: the bag, compressor, cylinder, transfer, campaign, shipment or liquefier id.
     *
     * @return the id
     */
    String subject();

    /**
     * The phase of the procedure.
     *
     * @return the phase
     */
    P phase();

    /**
     * When the state last changed; events dated earlier are refused.
     *
     * @return the instant
     */
    Instant since();
}
