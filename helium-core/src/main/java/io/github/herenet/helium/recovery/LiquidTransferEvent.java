package io.github.herenet.helium.recovery;

import io.github.herenet.helium.inventory.Purity;
import io.github.herenet.helium.units.Pressure;

import java.time.Instant;
import java.util.Objects;

/** The steps of a dewar-to-dewar liquid transfer (DOMAIN.md 3, Chiba/RRCAT/Bruker practice). */
public sealed interface LiquidTransferEvent extends RecoveryEvent {

    /**
     * The receiving dewar was precooled with liquid nitrogen (needed before a first fill).
     *
     * @param time     when
     * @param operator who
     */
    record Precooled(Instant time, String operator) implements LiquidTransferEvent {
        /** @throws IllegalArgumentException without an operator */
        public Precooled {
            PhaseMachine.acted(time, operator);
        }
    }

    /**
     * All nitrogen purged from the receiver and the tube (tube inserted, far end vented to cool it).
     *
     * @param time     when
     * @param operator who
     */
    record Purged(Instant time, String operator) implements LiquidTransferEvent {
        /** @throws IllegalArgumentException without an operator */
        public Purged {
            PhaseMachine.acted(time, operator);
        }
    }

    /**
     * The source dewar was pressurised with helium gas (about 30 kPa gauge with 99.996 % helium).
     *
     * @param time      when
     * @param operator  who
     * @param pressure  the source's absolute pressure
     * @param gasPurity the purity of the pressurising gas
     */
    record Pressurised(Instant time, String operator, Pressure pressure, Purity gasPurity) implements LiquidTransferEvent {
        /** @throws IllegalArgumentException without an operator; NullPointerException if a part is missing */
        public Pressurised {
            PhaseMachine.acted(time, operator);
            Objects.requireNonNull(pressure, "pressure");
            Objects.requireNonNull(gasPurity, "gas purity");
        }
    }

    /**
     * Liquid started to flow; the levels of both dewars when it started.
     *
     * @param time         when
     * @param sourceLitres liquid in the source
     * @param targetLitres liquid in the receiver
     */
    record Started(Instant time, double sourceLitres, double targetLitres) implements LiquidTransferEvent {
        /** @throws IllegalArgumentException for a negative, NaN or infinite level */
        public Started {
            Objects.requireNonNull(time, "time");
            LiquidTransferMachine.litres(sourceLitres, "source level");
            LiquidTransferMachine.litres(targetLitres, "target level");
        }
    }

    /**
     * The transfer stopped; the levels of both dewars then.
     *
     * @param time         when
     * @param reason       why it stopped
     * @param sourceLitres liquid left in the source
     * @param targetLitres liquid in the receiver
     */
    record Stopped(Instant time, LiquidTransferState.StopReason reason, double sourceLitres, double targetLitres)
            implements LiquidTransferEvent {
        /** @throws IllegalArgumentException for a negative, NaN or infinite level; NullPointerException without a reason */
        public Stopped {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(reason, "reason");
            LiquidTransferMachine.litres(sourceLitres, "source level");
            LiquidTransferMachine.litres(targetLitres, "target level");
        }
    }

    /**
     * The source was depressurised and both dewars reconnected to recovery: the transfer is recorded.
     *
     * @param time     when
     * @param operator who
     */
    record Depressurised(Instant time, String operator) implements LiquidTransferEvent {
        /** @throws IllegalArgumentException without an operator */
        public Depressurised {
            PhaseMachine.acted(time, operator);
        }
    }
}
