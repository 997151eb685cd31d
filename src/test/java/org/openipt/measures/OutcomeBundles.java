package org.openipt.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collection;
import java.util.Locale;
import java.util.Properties;
import org.openipt.shared.svg.PictureLabels;

/**
 * The {@code i18n/outcomes} bundles for tests: until the basename is registered in {@code spring.messages.basename},
 * the shared bundle tests do not see it, so the outcome tests check their own keys here.
 */
public final class OutcomeBundles {

    private OutcomeBundles() {
    }

    public static Properties load(String language) {
        String path = "i18n/outcomes" + (language.equals("en") ? "" : "_" + language) + ".properties";
        Properties properties = new Properties();
        try (InputStream in = OutcomeBundles.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    public static void assertDefinedInBothLanguages(Collection<String> keys) {
        Properties english = load("en");
        Properties spanish = load("es");
        assertThat(english.stringPropertyNames()).as("English outcomes bundle").containsAll(keys);
        assertThat(spanish.stringPropertyNames()).as("Spanish outcomes bundle").containsAll(keys);
    }

    /** Labels as the application would give them, from the outcomes bundle plus the phase names. */
    public static PictureLabels labels(Locale locale) {
        Properties bundle = load(locale.getLanguage());
        return (key, arguments) -> {
            String pattern = key.startsWith("phase.") ? key.substring("phase.".length()) : bundle.getProperty(key);
            assertThat(pattern).as("message %s", key).isNotNull();
            return new MessageFormat(pattern, locale).format(arguments);
        };
    }
}
