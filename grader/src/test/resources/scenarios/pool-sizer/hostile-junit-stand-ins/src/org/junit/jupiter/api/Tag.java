package org.junit.jupiter.api;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** A stand-in for JUnit's own @Tag. */
@Retention(RetentionPolicy.RUNTIME)
public @interface Tag {
    String value();
}
