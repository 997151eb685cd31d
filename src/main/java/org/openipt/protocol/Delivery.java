package org.openipt.protocol;

public enum Delivery {
    INDIVIDUAL, GROUP
}
