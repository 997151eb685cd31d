package org.openipt.shared.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

/**
 * Renders a Thymeleaf template to XHTML in the reader's language, then the XHTML to PDF with openhtmltopdf: the
 * DejaVu Sans font (regular and bold, shipped in {@code reporting/fonts}) is embedded, so every letter of every
 * language we print shows whatever the reader's computer has; inline SVG pictures are drawn by Batik. Nothing is
 * fetched from outside the document.
 */
@Component
public class PdfWriter {

    public static final String FONT_FAMILY = "DejaVu Sans";
    private static final String FONTS = "/reporting/fonts/";

    private final ITemplateEngine templates;

    PdfWriter(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The XHTML the template makes (also what a test may read). */
    public String xhtml(String template, Locale locale, Map<String, Object> variables) {
        return templates.process(template, new Context(locale, variables));
    }

    public byte[] pdf(String template, Locale locale, Map<String, Object> variables) {
        String xhtml = xhtml(template, locale, variables);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(xhtml, null);
        builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.toStream(out);
        try {
            builder.run();
        }
        catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return out.toByteArray();
    }

    private static InputStream font(String file) {
        return Objects.requireNonNull(PdfWriter.class.getResourceAsStream(FONTS + file), file);
    }
}
