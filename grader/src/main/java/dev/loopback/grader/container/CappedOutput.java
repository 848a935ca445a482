package dev.loopback.grader.container;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Collects an exec's stdout and stderr, keeping at most {@code limit} bytes of each so a flood cannot exhaust the grader. */
final class CappedOutput extends ResultCallback.Adapter<Frame> {
    private final int limit;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    CappedOutput(int limit) {
        this.limit = limit;
    }

    @Override
    public void onNext(Frame frame) {
        ByteArrayOutputStream target = frame.getStreamType() == StreamType.STDERR ? err : out;
        synchronized (this) {
            int room = limit - target.size();
            if (room > 0) {
                byte[] payload = frame.getPayload();
                target.write(payload, 0, Math.min(room, payload.length));
            }
        }
    }

    synchronized String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    synchronized String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
