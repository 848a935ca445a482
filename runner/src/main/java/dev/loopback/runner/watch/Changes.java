package dev.loopback.runner.watch;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/** Where the next "regrade now" comes from: saved files, or the learner pressing Enter. */
interface Changes extends AutoCloseable {

    /** Blocks until the next change settles; the files that changed (maybe none), or empty when watching stops. */
    Optional<Set<Path>> await();

    /** Stops watching; a blocked {@link #await()} returns empty. Safe from another thread. */
    @Override
    void close();
}
