package io.github.herenet.helium.drivers.internal;

import io.github.herenet.helium.device.DeviceException;

import java.util.Locale;

/**
 * The retry loop shared by the drivers' links: up to {@code retries + 1} attempts with a back-off pause
 * before each retry, and after the last failed attempt the last failure again with the number of tries and
 * the timeout appended. Not part of the API: this package is not exported.
 */
public final class Attempts {

    private static final long MAX_BACKOFF_MILLIS = 100;

    /** One attempt: returns the result, throws {@link Failed} to be retried, or any unchecked exception. */
    @FunctionalInterface
    public interface Attempt<T> {
        T run() throws Failed;
    }

    /** A failed attempt that may be retried, with the exception to report if it was the last one. */
    public static final class Failed extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient DeviceException failure;

        /** @param failure a {@link DeviceException.Timeout} or {@link DeviceException.Connect} */
        public Failed(DeviceException failure) {
            super(failure.getMessage(), failure, false, false);
            this.failure = failure;
        }
    }

    private final int timeoutMillis;
    private final int retries;

    /**
     * @param timeoutMillis deadline of one attempt, already checked by the caller
     * @param retries       attempts after a failed one, already checked by the caller
     */
    public Attempts(int timeoutMillis, int retries) {
        this.timeoutMillis = timeoutMillis;
        this.retries = retries;
    }

    /**
     * Runs {@code attempt} until it succeeds or all attempts failed.
     *
     * @throws DeviceException.Timeout when the last attempt failed with a timeout
     * @throws DeviceException.Connect when the last attempt failed otherwise, or the pause was interrupted
     */
    public <T> T run(Attempt<T> attempt) {
        int attempts = retries + 1;
        DeviceException failure = null;
        for (int n = 1; n <= attempts; n++) {
            if (n > 1) {
                pause(backoffMillis(n - 1));
            }
            try {
                return attempt.run();
            } catch (Failed e) {
                failure = e.failure;
            }
        }
        String tries = String.format(Locale.ROOT, " (%d %s, timeout %d ms each)", attempts,
                attempts == 1 ? "try" : "tries", timeoutMillis);
        if (failure instanceof DeviceException.Timeout) {
            throw new DeviceException.Timeout(failure.getMessage() + tries, failure.getCause());
        }
        throw new DeviceException.Connect(failure.getMessage() + tries, failure.getCause());
    }

    /** The pause before retry {@code n} (1-based): a tenth of the timeout doubled each time, at most 100 ms. */
    public long backoffMillis(int n) {
        long base = Math.max(1, timeoutMillis / 10);
        return Math.min(MAX_BACKOFF_MILLIS, base << Math.min(n - 1, 16));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceException.Connect("interrupted while waiting to retry", e);
        }
    }
}
