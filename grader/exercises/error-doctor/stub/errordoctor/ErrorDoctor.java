package errordoctor;

import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * Tells socket failures apart from what a program actually sees: the exception's type and, where the type is
 * shared, the JDK's message (Lesson 05 - Connection errors: symptom, cause, fix).
 */
public final class ErrorDoctor {

    private ErrorDoctor() {
    }

    /**
     * Classifies a failure, looking through its cause chain (outermost first) for the first socket failure:
     * "Connection refused" is REFUSED, a connect that timed out CONNECT_TIMEOUT, a read that timed out
     * READ_TIMEOUT, "Connection reset" RESET, end of stream CLOSED_EARLY, "Too many open files"
     * TOO_MANY_OPEN_FILES, a failed bind ADDRESS_IN_USE, an unknown host UNKNOWN_HOST, anything else OTHER.
     * A null failure throws NullPointerException.
     */
    public static Failure diagnose(Throwable failure) {
        throw new UnsupportedOperationException("TODO: classify by exception type and message, through the causes");
    }

    /**
     * Connects to the upstream with the timeout, sends the request plus a newline, reads one reply line with the
     * same timeout, and reports what happened: NONE with the reply, or the failure with a null reply. Never throws
     * for a network failure and closes its socket on every path. Null arguments throw NullPointerException; a zero
     * or negative timeout throws IllegalArgumentException.
     */
    public static Probe probe(InetSocketAddress upstream, String request, Duration timeout) {
        throw new UnsupportedOperationException("TODO: connect, send one line, read one line, report the failure");
    }
}
