package org.openipt.safety.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on scheduled jobs (the escalation check); {@code openipt.scheduling.enabled=false} leaves them off. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "openipt.scheduling.enabled",
        havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {
}
