package org.openipt.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.annotation.Order;

/**
 * Start-up work (the first administrator, the demo organisation) is done before the web server opens its port, so
 * the first sign-in after a start finds it.
 */
class BeforeServingWorkTests {

    static final List<String> DONE = new ArrayList<>();

    @Order(0)
    static class FirstWork implements BeforeServing {
        @Override
        public void prepare() {
            DONE.add("first");
        }
    }

    @Order(1)
    static class SecondWork implements BeforeServing {
        @Override
        public void prepare() {
            DONE.add("second");
        }
    }

    @Test
    void theWorkIsDoneInItsOrderWhenTheContextStartsBeforeTheWebServersPhase() {
        DONE.clear();
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(SecondWork.class,
                FirstWork.class, BeforeServingWork.class)) {
            assertThat(DONE).containsExactly("first", "second");
            assertThat(context.getBean(BeforeServingWork.class).isRunning()).isTrue();
        }
        int webServerPhase = WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE - 1024;
        assertThat(BeforeServingWork.PHASE).as("lower phases start first").isLessThan(webServerPhase);
    }
}
