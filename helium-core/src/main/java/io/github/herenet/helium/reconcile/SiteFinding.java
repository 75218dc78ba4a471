package io.github.herenet.helium.reconcile;

import io.github.herenet.helium.thermo.HeliumAmount;

import java.time.YearMonth;
import java.util.Objects;

/**
 * One thing the reconciliation of a ledger found at a site in a month, in words a facility manager
 * can act on: a recovery line that loses helium, a meter that reads wrong, a reading that does not fit.
 *
 * @param siteId    the site
 * @param month     the month
 * @param subject   the balance or measurement suspected (its name in {@link LedgerReconciliation#model()})
 * @param kilograms the estimated error, signed as in {@link Suspect#size()}
 * @param z         its z-score
 * @param text      the finding in a sentence or two, amounts in gas m3 and liquid litres
 */
public record SiteFinding(String siteId, YearMonth month, String subject, double kilograms, double z, String text) {

    /** @throws NullPointerException if a part is missing */
    public SiteFinding {
        Objects.requireNonNull(siteId, "site");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
    }

    /** The size of the error, whatever its sign. */
    public HeliumAmount amount() {
        return HeliumAmount.ofKilograms(Math.abs(kilograms));
    }
}
