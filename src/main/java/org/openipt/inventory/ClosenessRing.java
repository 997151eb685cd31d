package org.openipt.inventory;

/** Where the client places a person on the closeness circle: ring 1 is the closest, ring 3 the farthest. */
public enum ClosenessRing {
    INNER(1), MIDDLE(2), OUTER(3);

    private final int number;

    ClosenessRing(int number) {
        this.number = number;
    }

    /** 1, 2 or 3, counted from the client at the centre. */
    public int number() {
        return number;
    }
}
