package org.openipt.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test of the whole application on a real database, with MockMvc for its pages. The build runs every such test
 * twice: on H2 and on PostgreSQL 17 (see {@link TestDatabase}). Every test class so annotated, and adding nothing to
 * the context, shares one application context per database: add listeners for a test at run time rather than
 * beans, so the suite does not boot another.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("database")
@SpringBootTest
@AutoConfigureMockMvc
@ContextConfiguration(initializers = TestDatabase.class)
public @interface DatabaseTest {
}
