package errordoctor;

/**
 * What went wrong on a connection, as the program sees it (Lesson 05 - Connection errors: symptom, cause, fix).
 * NONE means the upstream answered.
 */
public enum Failure {
    /** The upstream answered with a reply line. */
    NONE,
    /** The SYN was answered with a RST: nothing listens on that port ("Connection refused"). */
    REFUSED,
    /** connect() got no answer within its timeout: the SYN was dropped (a full backlog, a firewall). */
    CONNECT_TIMEOUT,
    /** Connected, but no reply arrived within the read timeout. */
    READ_TIMEOUT,
    /** A RST arrived on an established connection ("Connection reset"). */
    RESET,
    /** The upstream closed its side (FIN) before sending any reply: end of stream. */
    CLOSED_EARLY,
    /** No file descriptor left under the process's limit (EMFILE). */
    TOO_MANY_OPEN_FILES,
    /** bind() found the local address and port taken (EADDRINUSE). */
    ADDRESS_IN_USE,
    /** The host name could not be resolved to an address. */
    UNKNOWN_HOST,
    /** Anything else. */
    OTHER
}
