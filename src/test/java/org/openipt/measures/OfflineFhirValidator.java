package org.openipt.measures;

import java.util.List;

import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Questionnaire;
import org.jspecify.annotations.Nullable;
import org.openipt.shared.fhir.Fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;

/** HAPI's validator, offline (no terminology server), knowing our own Questionnaires; built once per test JVM. */
public final class OfflineFhirValidator {

    private static @Nullable FhirValidator validator;

    private OfflineFhirValidator() {
    }

    /** The errors (and worse) HAPI finds in a resource, as "location message"; every message is printed. */
    public static List<String> errors(IBaseResource resource) {
        List<SingleValidationMessage> messages = validator().validateWithResult(resource).getMessages();
        messages.forEach(message -> System.out.println(message.getSeverity() + " " + message.getLocationString() + " "
                + message.getMessage()));
        return messages.stream()
                .filter(message -> message.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .map(message -> message.getLocationString() + " " + message.getMessage()).toList();
    }

    private static synchronized FhirValidator validator() {
        if (validator == null) {
            FhirContext context = Fhir.r4();
            ValidationSupportChain chain = new ValidationSupportChain(new OurQuestionnaires(),
                    new DefaultProfileValidationSupport(context), new CommonCodeSystemsTerminologyService(context),
                    new InMemoryTerminologyServerValidationSupport(context),
                    new SnapshotGeneratingValidationSupport(context));
            validator = context.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
        }
        return validator;
    }

    /** HAPI resolves a Questionnaire only through a support whose fetchResource returns it. */
    private static final class OurQuestionnaires implements IValidationSupport {
        @Override
        public FhirContext getFhirContext() {
            return Fhir.r4();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T extends IBaseResource> @Nullable T fetchResource(@Nullable Class<T> type, String uri) {
            if (type != null && !type.isAssignableFrom(Questionnaire.class)) {
                return null;
            }
            return (T) InstrumentLibrary.standard().questionnaireByCanonical(uri).orElse(null);
        }

        @Override
        public String getName() {
            return "OpenIPT instrument library";
        }
    }
}
