package org.openipt.shared.web;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.function.Predicate;

import org.openipt.shared.PlausibleDates;
import org.springframework.boot.jackson.JacksonComponent;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.ext.javatime.deser.LocalDateTimeDeserializer;

/**
 * Where dates enter: a form field, query parameter or JSON value outside {@link PlausibleDates} is refused like a
 * date that is not a date, with the message for its field ("Enter a date … between 1900 and 2099"), before any rule
 * or calculation sees it.
 */
@Configuration(proxyBeanMethods = false)
class DateBoundary implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class,
                new PlausibleFormatter<>(DateTimeFormatter.ISO_LOCAL_DATE, LocalDate::from, PlausibleDates::plausible));
        registry.addFormatterForFieldType(LocalDateTime.class, new PlausibleFormatter<>(
                DateTimeFormatter.ISO_LOCAL_DATE_TIME, LocalDateTime::from, PlausibleDates::plausible));
    }

    private record PlausibleFormatter<T extends TemporalAccessor>(DateTimeFormatter format,
            java.util.function.Function<TemporalAccessor, T> from, Predicate<T> plausible) implements Formatter<T> {

        @Override
        public T parse(String text, Locale locale) throws ParseException {
            T value;
            try {
                value = from.apply(format.parse(text.strip()));
            }
            catch (DateTimeParseException notADate) {
                throw new ParseException(text, notADate.getErrorIndex());
            }
            if (!plausible.test(value)) {
                throw new IllegalArgumentException("outside the plausible range");
            }
            return value;
        }

        @Override
        public String print(T value, Locale locale) {
            return format.format(value);
        }
    }

    @JacksonComponent
    static class PlausibleJsonDate extends StdScalarDeserializer<LocalDate> {
        PlausibleJsonDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
            LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
            return refusedUnless(date == null || PlausibleDates.plausible(date), parser, date, LocalDate.class);
        }
    }

    @JacksonComponent
    static class PlausibleJsonMoment extends StdScalarDeserializer<LocalDateTime> {
        PlausibleJsonMoment() {
            super(LocalDateTime.class);
        }

        @Override
        public LocalDateTime deserialize(JsonParser parser, DeserializationContext context) {
            LocalDateTime moment = LocalDateTimeDeserializer.INSTANCE.deserialize(parser, context);
            return refusedUnless(moment == null || PlausibleDates.plausible(moment), parser, moment,
                    LocalDateTime.class);
        }
    }

    private static <T> T refusedUnless(boolean plausible, JsonParser parser, T value, Class<T> type) {
        if (!plausible) {
            throw InvalidFormatException.from(parser, "outside the plausible range", value, type);
        }
        return value;
    }
}
