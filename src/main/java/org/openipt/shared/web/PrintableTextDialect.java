package org.openipt.shared.web;

import java.util.Set;

import org.openipt.shared.Text;
import org.springframework.stereotype.Component;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IPostProcessorDialect;
import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.model.IAttribute;
import org.thymeleaf.model.IModelFactory;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.model.IStandaloneElementTag;
import org.thymeleaf.model.IText;
import org.thymeleaf.postprocessor.IPostProcessor;
import org.thymeleaf.postprocessor.PostProcessor;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Every page and every PDF is written through {@link Text#printable}: whatever was stored before text was
 * normalised at the boundary (a control character, a right-to-left override in a name) is left out of the output
 * rather than breaking the PDF or reversing a name on the caseload. It works on the finished output, after
 * escaping, where these characters can only be text.
 */
@Component
class PrintableTextDialect extends AbstractDialect implements IPostProcessorDialect {

    PrintableTextDialect() {
        super("printable-text");
    }

    @Override
    public int getDialectPostProcessorPrecedence() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Set<IPostProcessor> getPostProcessors() {
        return Set.of(new PostProcessor(TemplateMode.HTML, PrintableOutput.class, Integer.MAX_VALUE),
                new PostProcessor(TemplateMode.XML, PrintableOutput.class, Integer.MAX_VALUE));
    }

    /** Created by Thymeleaf for each template it writes. */
    public static final class PrintableOutput extends AbstractTemplateHandler {

        @Override
        public void handleText(IText text) {
            String content = text.getText();
            String printable = Text.printable(content);
            super.handleText(printable.equals(content) ? text : getContext().getModelFactory().createText(printable));
        }

        @Override
        public void handleStandaloneElement(IStandaloneElementTag tag) {
            super.handleStandaloneElement(printableAttributes(tag));
        }

        @Override
        public void handleOpenElement(IOpenElementTag tag) {
            super.handleOpenElement(printableAttributes(tag));
        }

        private <T extends IProcessableElementTag> T printableAttributes(T tag) {
            T printed = tag;
            IModelFactory model = null;
            for (IAttribute attribute : tag.getAllAttributes()) {
                String value = attribute.getValue();
                if (value != null && !Text.printable(value).equals(value)) {
                    model = model == null ? getContext().getModelFactory() : model;
                    printed = model.replaceAttribute(printed, attribute.getAttributeDefinition().getAttributeName(),
                            attribute.getAttributeCompleteName(), Text.printable(value));
                }
            }
            return printed;
        }
    }
}
