package org.openipt.identity.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

    @Bean
    LocaleResolver localeResolver() {
        SessionLocaleResolver resolver = new SessionLocaleResolver();
        resolver.setDefaultLocaleFunction(request -> {
            Locale requested = request.getLocale();
            return SUPPORTED.stream().filter(l -> l.getLanguage().equals(requested.getLanguage())).findFirst()
                    .orElse(Locale.ENGLISH);
        });
        return resolver;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CurrentUserArgumentResolver());
    }
}
