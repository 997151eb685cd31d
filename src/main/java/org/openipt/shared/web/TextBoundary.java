package org.openipt.shared.web;

import java.beans.PropertyEditorSupport;
import java.util.Set;

import org.openipt.shared.Text;
import org.springframework.boot.jackson.JacksonComponent;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/**
 * Where text enters: every form field, query parameter and JSON string is {@link Text#normalised} before any
 * controller or rule sees it, so no module has to remember to. Passwords are the one exception: they are checked
 * against what was hashed when they were set, exactly as typed.
 */
@ControllerAdvice
class TextBoundary {

    private static final Set<String> AS_TYPED = Set.of("password", "confirmation");

    @InitBinder
    void normaliseText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new NormalisedText());
        AS_TYPED.forEach(field -> binder.registerCustomEditor(String.class, field, new AsTyped()));
    }

    private static final class NormalisedText extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            setValue(Text.normalised(text));
        }
    }

    private static final class AsTyped extends PropertyEditorSupport {
        @Override
        public void setAsText(String text) {
            setValue(text);
        }
    }

    /** Every string in a JSON body, as a form field is. */
    @JacksonComponent
    static class NormalisedJsonText extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            return Text.normalised(super.deserialize(parser, context));
        }
    }
}
