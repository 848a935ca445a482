package dev.loopback.grader;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopback.grader.report.TextReport;
import dev.loopback.grader.sandbox.Sandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Grades the scenarios named on the command line (folders under {@code scenarios/}) in this JVM, which
 * {@link HostileWithoutBubblewrapTest} starts with a PATH that has no bwrap, and prints one JSON line per
 * scenario: its name, what it scored, its report and every breach of its {@link Confinement}.
 */
public final class HostileWithoutBubblewrap {
    private static final ObjectMapper JSON = new ObjectMapper();

    private HostileWithoutBubblewrap() {}

    public static void main(String[] args) throws IOException {
        Path state = Path.of(args[0]);
        Path scenarios = Path.of(args[1]);
        Workspace workspace = Workspace.find(Path.of("").toAbsolutePath()).orElseThrow().withState(state);
        System.out.println(JSON.writeValueAsString(JSON.createObjectNode().put("isolated", Sandbox.isolated())));
        for (int i = 2; i < args.length; i++) {
            Path dir = scenarios.resolve(args[i]);
            String exercise = dir.getParent().getFileName().toString();
            Path sources = ScenarioSources.of(dir, workspace.graderExercises().resolve(exercise), Files.createDirectories(state));
            Confinement confinement = Confinement.before(workspace, exercise, sources);
            GradeResult result = new Grader(workspace).grade(exercise, sources, new GradeOptions(false, false),
                    ProgressListener.NONE);
            ObjectNode line = JSON.createObjectNode().put("name", args[i]).put("compiled", result.compiled())
                    .put("score", result.score()).put("passed", result.passed()).put("report", TextReport.render(result));
            ObjectNode criteria = line.putObject("criteria");
            result.criteria().forEach(c -> criteria.put(c.id(), c.earned()));
            confinement.breaches().forEach(line.putArray("breaches")::add);
            System.out.println(JSON.writeValueAsString(line));
        }
    }
}
