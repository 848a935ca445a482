package dev.loopback.runner.course;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Reads and validates {@code course.json} in a course folder. */
public final class CourseLoader {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private CourseLoader() {}

    /** The course in {@code courseDir}, or every problem found in its manifest and the files it names. */
    public static CourseLoad load(Path courseDir) {
        Path manifest = courseDir.resolve("course.json");
        String name = courseDir.getFileName() + "/course.json";
        if (!Files.isRegularFile(manifest)) {
            return new CourseLoad.Broken(List.of(name + ": file not found (looked in " + courseDir + ")"));
        }
        try {
            Course course = JSON.readValue(manifest.toFile(), Course.class);
            List<String> problems = new ManifestCheck(courseDir, course).problems();
            if (problems.isEmpty()) {
                return new CourseLoad.Loaded(course);
            }
            return new CourseLoad.Broken(problems.stream().map(p -> name + ": " + p).toList());
        } catch (JsonMappingException e) {
            return new CourseLoad.Broken(List.of(name + ": " + describe(e)));
        } catch (JsonProcessingException e) {
            return new CourseLoad.Broken(List.of(name + ": line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": not valid JSON (" + e.getOriginalMessage() + ")"));
        } catch (IOException e) {
            return new CourseLoad.Broken(List.of(name + ": cannot be read (" + e.getMessage() + ")"));
        }
    }

    private static String describe(JsonMappingException e) {
        String where = path(e);
        if (e instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds().stream().map(Object::toString).sorted()
                    .collect(Collectors.joining(", "));
            return where + ": unknown field; expected one of " + known;
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return where + ": wrong type, expected " + typeName(mismatch.getTargetType());
        }
        return where + ": " + e.getOriginalMessage();
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "(top level)" : path.toString();
    }

    private static String typeName(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || type == int.class) {
            return "a number";
        }
        if (type == String.class) {
            return "a string";
        }
        return List.class.isAssignableFrom(type) ? "a list [...]" : "an object {...}";
    }
}
