package org.openipt.supervision.internal;

import org.openipt.course.SessionId;
import org.openipt.course.SessionLock;
import org.openipt.supervision.RecordKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A session a supervisor signed is locked: the course module refuses changes to it (an addendum instead). */
@Component
class SignedSessions implements SessionLock {

    private final SupervisionStore store;

    SignedSessions(SupervisionStore store) {
        this.store = store;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean locks(SessionId session) {
        return store.signed(RecordKind.SESSION, session.value());
    }
}
