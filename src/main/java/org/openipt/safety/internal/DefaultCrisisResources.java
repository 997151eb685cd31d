package org.openipt.safety.internal;

import java.util.List;

import org.openipt.identity.OrganisationCreated;
import org.openipt.safety.CrisisResourceFields;
import org.openipt.safety.CrisisResourceService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The crisis resources every new organisation starts with: only widely published numbers, which the organisation
 * must still check for its area (the pages say so). Given inside the transaction that opens the organisation.
 */
@Component
public class DefaultCrisisResources {

    public static final List<CrisisResourceFields> ALL = List.of(
            new CrisisResourceFields("en-US", "988 Suicide & Crisis Lifeline", "Call or text 988",
                    "Crisis line in the United States."),
            new CrisisResourceFields("en-US", "Crisis Text Line", "Text HOME to 741741",
                    "Crisis support by text message in the United States."),
            new CrisisResourceFields("en-US", "Emergency services (United States)", "911",
                    "When a life is in danger now."),
            new CrisisResourceFields("en-GB", "Samaritans (UK and Ireland)", "116 123",
                    "Someone to talk to, in the United Kingdom and Ireland."),
            new CrisisResourceFields("en-GB", "Emergency services (United Kingdom)", "999",
                    "When a life is in danger now."),
            new CrisisResourceFields("en", "Emergency number (European Union)", "112",
                    "When a life is in danger now, anywhere in the European Union."),
            new CrisisResourceFields("es-US", "988 Suicide & Crisis Lifeline", "Llame o envíe un texto al 988",
                    "Línea de crisis en los Estados Unidos."),
            new CrisisResourceFields("es-US", "Servicios de emergencia (Estados Unidos)", "911",
                    "Cuando una vida corre peligro ahora."),
            new CrisisResourceFields("es", "Número de emergencia (Unión Europea)", "112",
                    "Cuando una vida corre peligro ahora, en cualquier país de la Unión Europea."));

    private final CrisisResourceService resources;

    DefaultCrisisResources(CrisisResourceService resources) {
        this.resources = resources;
    }

    @EventListener
    public void seed(OrganisationCreated event) {
        resources.seed(event.organisationId());
    }
}
