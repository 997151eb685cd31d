package org.openipt.course;

/**
 * Implemented by a module that can lock a session's record (supervision, once a supervisor signed it): a locked
 * session no longer changes; what is learnt later is an addendum beside it. The course module asks every lock
 * before a change without knowing who locked it.
 */
public interface SessionLock {

    boolean locks(SessionId session);
}
