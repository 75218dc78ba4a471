package io.github.herenet.helium.recovery;

import java.time.Instant;

/**
 * Something that happened in a procedure: a device reading or a person's action. Each machine has a
 * sealed sub-interface of records; events where people act carry the operator's name.
 */
public interface RecoveryEvent {

    /**
     * When it happened. A machine refuses an event dated before its state's {@link MachineState#since()}.
     *
     * @return the instant
     */
    Instant time();
}
