package org.openipt.formulation;

public record Medication(MedicationId id, MedicationEntry entry, long version) {
}
