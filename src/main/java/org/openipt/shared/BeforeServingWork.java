package org.openipt.shared;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.server.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link BeforeServing} in a lifecycle phase that ends before the web server's starts: the server (whose
 * phase is a step below the graceful-shutdown phase) opens its port only once they are done, and a failure stops
 * the start rather than serving half-prepared.
 */
@Component
class BeforeServingWork implements SmartLifecycle {

    /** Well before the web server, which starts at {@code SMART_LIFECYCLE_PHASE - 1024}. */
    static final int PHASE = WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE - 4096;

    private final ObjectProvider<BeforeServing> work;
    private volatile boolean running;

    BeforeServingWork(ObjectProvider<BeforeServing> work) {
        this.work = work;
    }

    @Override
    public void start() {
        List<BeforeServing> ordered = work.orderedStream().toList();
        ordered.forEach(BeforeServing::prepare);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
