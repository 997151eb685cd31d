package org.openipt.caseload.web;

import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;
import org.openipt.caseload.EmergencyAccess;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.SignedIn;
import org.openipt.shared.web.PageDates;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Puts the emergency-access banner on every page of a record that was opened under an emergency access (the
 * access policy marks the request when it lets a clinician in that way): the layout shows until when it lasts.
 */
@Configuration(proxyBeanMethods = false)
class EmergencyAccessBanner implements WebMvcConfigurer, HandlerInterceptor {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            @Nullable ModelAndView page) {
        if (page == null || page.getViewName() == null || page.getViewName().startsWith("redirect:")
                || !(request.getAttribute(EmergencyAccess.REQUEST_ATTRIBUTE) instanceof EmergencyAccess access)) {
            return;
        }
        PageDates dates = new PageDates(SignedIn.user().map(CurrentUser::timeZone).orElse(ZoneOffset.UTC),
                RequestContextUtils.getLocale(request));
        page.addObject("emergencyAccessUntil", dates.minute(access.expiresAt()));
    }
}
