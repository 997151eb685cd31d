package org.openipt.notification.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on scheduled jobs for the outbox sender, under the same switch as the other jobs: {@code
 * openipt.scheduling.enabled=false} leaves them off (tests that call the sender themselves use it).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "openipt.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class NotificationSchedulingConfiguration {
}
