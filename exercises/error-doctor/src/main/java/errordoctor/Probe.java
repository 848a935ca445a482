package errordoctor;

/** What one probe saw: the failure, and the reply line when there was none (reply is null unless failure == NONE). */
public record Probe(Failure failure, String reply) {
}
