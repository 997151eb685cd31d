package org.openipt.shared;

/**
 * The record does not exist, belongs to another organisation, or the user may not see it. All three look
 * the same from outside (a 404), so an identifier reveals nothing.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
