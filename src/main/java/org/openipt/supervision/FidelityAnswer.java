package org.openipt.supervision;

/** How an item of the checklist went in a session; "not applicable" items are left out of the score. */
public enum FidelityAnswer {
    YES, NO, NOT_APPLICABLE
}
