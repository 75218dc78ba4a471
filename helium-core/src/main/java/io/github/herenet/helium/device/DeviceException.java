package io.github.herenet.helium.device;

/**
 * A device could not be reached or did not make sense: the link is dead, or the request cannot be
 * made. A failing channel on a live device is not an exception but a {@link Quality} on its reading.
 * The subtypes say what went wrong; every message names the device and what is allowed or expected.
 */
public abstract sealed class DeviceException extends RuntimeException
        permits DeviceException.Connect, DeviceException.Timeout, DeviceException.Protocol,
        DeviceException.InvalidAddress, DeviceException.UnknownScheme, DeviceException.UnknownParameter,
        DeviceException.DriverConflict {

    private static final long serialVersionUID = 1L;

    DeviceException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The connection could not be made or was lost. */
    public static final class Connect extends DeviceException {
        private static final long serialVersionUID = 1L;

        /** With a message naming the device and the cause. */
        public Connect(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The device did not answer before the deadline. */
    public static final class Timeout extends DeviceException {
        private static final long serialVersionUID = 1L;

        /** With a message naming the device, the request and the deadline. */
        public Timeout(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The device answered with something that does not follow its protocol, or with an error code. */
    public static final class Protocol extends DeviceException {
        private static final long serialVersionUID = 1L;
        private final int code;

        /** With a message quoting what was received, and the protocol's error code (or -1). */
        public Protocol(String message, int code, Throwable cause) {
            super(message, cause);
            this.code = code;
        }

        /** The protocol's error code (a Modbus exception code), or -1 when there is none. */
        public int code() {
            return code;
        }
    }

    /** A channel, register or address that the device does not have. */
    public static final class InvalidAddress extends DeviceException {
        private static final long serialVersionUID = 1L;

        /** With a message naming the address and what exists. */
        public InvalidAddress(String message) {
            super(message, null);
        }
    }

    /** No driver handles the URI's scheme. */
    public static final class UnknownScheme extends DeviceException {
        private static final long serialVersionUID = 1L;

        /** With a message naming the scheme and the known ones. */
        public UnknownScheme(String message) {
            super(message, null);
        }
    }

    /** A URI parameter the driver does not define, or a value it cannot take. */
    public static final class UnknownParameter extends DeviceException {
        private static final long serialVersionUID = 1L;

        /** With a message naming the parameter and the ones defined. */
        public UnknownParameter(String message) {
            super(message, null);
        }
    }

    /** Two drivers claim the same scheme. */
    public static final class DriverConflict extends DeviceException {
        private static final long serialVersionUID = 1L;

        /** With a message naming the scheme and both drivers. */
        public DriverConflict(String message) {
            super(message, null);
        }
    }
}
