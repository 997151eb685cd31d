package org.openipt.shared;

import java.util.List;

/**
 * A request that breaks a clinical or business rule. It carries message keys (and arguments for the first)
 * so that the user reads every reason, in their language; the web layer answers 422 for it.
 */
public class RuleViolation extends RuntimeException {

    private final List<String> messageKeys;
    private final Object[] arguments;

    public RuleViolation(String messageKey, Object... arguments) {
        this(List.of(messageKey), arguments);
    }

    private RuleViolation(List<String> messageKeys, Object[] arguments) {
        super(String.join(", ", messageKeys));
        this.messageKeys = List.copyOf(messageKeys);
        this.arguments = arguments.clone();
    }

    /** Throws when there is at least one problem; each problem is a message key without arguments. */
    public static void throwIfAny(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems, new Object[0]);
        }
    }

    public String messageKey() {
        return messageKeys.getFirst();
    }

    public List<String> messageKeys() {
        return messageKeys;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
