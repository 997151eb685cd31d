/**
 * Retention of client records: how long an organisation keeps a record after the client's last course, legal holds,
 * and erasure after that time, leaving the audit trail with the client's name replaced.
 */
@NullMarked
package org.openipt.retention;

import org.jspecify.annotations.NullMarked;
