package org.xenophilia.xl.output;

import java.util.Objects;

/**
 * The six-character state column of {@code xl list}, e.g. {@code r-----}, {@code -b----}, {@code --p---} or
 * {@code --ps--}. Each position is a flag or {@code -}: running, blocked, paused, shutdown, the shutdown reason, and
 * dying. The fifth character is the reason the domain shut down ({@code -} for power-off or not shut down,
 * {@code r} reboot, {@code s} suspend, {@code c} crash, {@code w} watchdog, {@code S} soft reset, {@code ?} unknown);
 * it is the {@code c} ("crashed") of the xl(1) manual.
 *
 * @param flags the six characters as printed
 */
public record XlDomainState(String flags) {

    /** Why a domain shut down, from the fifth state character. */
    public enum ShutdownReason {
        /** {@code -}: powered off, or not shut down at all. */
        POWEROFF_OR_NONE('-'),
        /** {@code r}: the guest asked to reboot. */
        REBOOT('r'),
        /** {@code s}: the guest suspended. */
        SUSPEND('s'),
        /** {@code c}: the guest crashed. */
        CRASH('c'),
        /** {@code w}: the watchdog fired. */
        WATCHDOG('w'),
        /** {@code S}: soft reset. */
        SOFT_RESET('S'),
        /** {@code ?}: a reason this version of xl has no letter for. */
        UNKNOWN('?');

        private final char letter;

        ShutdownReason(char letter) {
            this.letter = letter;
        }

        /** @return the letter xl prints */
        public char letter() {
            return letter;
        }

        static ShutdownReason of(char c) {
            for (ShutdownReason r : values()) {
                if (r.letter == c) {
                    return r;
                }
            }
            return null;
        }
    }

    /**
     * Validates the components.
     *
     * @param flags see {@link #flags()}
     */
    public XlDomainState {
        Objects.requireNonNull(flags, "flags");
        if (!isValid(flags)) {
            throw new IllegalArgumentException("not an xl domain state: " + flags);
        }
    }

    /**
     * @param flags text to check
     * @return whether the text is a six-character xl state such as {@code -b----}
     */
    public static boolean isValid(String flags) {
        if (flags.length() != 6) {
            return false;
        }
        return flag(flags, 0, 'r') && flag(flags, 1, 'b') && flag(flags, 2, 'p') && flag(flags, 3, 's')
                && ShutdownReason.of(flags.charAt(4)) != null && flag(flags, 5, 'd');
    }

    private static boolean flag(String flags, int i, char set) {
        char c = flags.charAt(i);
        return c == '-' || c == set;
    }

    /** @return whether the domain is running on a CPU right now */
    public boolean running() {
        return flags.charAt(0) == 'r';
    }

    /** @return whether the domain is blocked (idle, waiting for an event) */
    public boolean blocked() {
        return flags.charAt(1) == 'b';
    }

    /** @return whether the domain is paused */
    public boolean paused() {
        return flags.charAt(2) == 'p';
    }

    /** @return whether the domain has shut down (it may still be listed until it is destroyed) */
    public boolean shutdown() {
        return flags.charAt(3) == 's';
    }

    /** @return the reason of the shutdown (meaningful when {@link #shutdown()}) */
    public ShutdownReason shutdownReason() {
        return ShutdownReason.of(flags.charAt(4));
    }

    /** @return whether the domain crashed (shut down with reason crash) */
    public boolean crashed() {
        return flags.charAt(4) == 'c';
    }

    /** @return whether the domain is dying (being destroyed) */
    public boolean dying() {
        return flags.charAt(5) == 'd';
    }

    /** @return the flags as printed */
    @Override
    public String toString() {
        return flags;
    }
}
