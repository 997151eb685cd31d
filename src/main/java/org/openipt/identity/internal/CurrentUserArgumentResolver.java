package org.openipt.identity.internal;

import org.jspecify.annotations.Nullable;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.SignedIn;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets any controller take a {@link CurrentUser} parameter. */
class CurrentUserArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType().equals(CurrentUser.class);
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest, @Nullable WebDataBinderFactory binderFactory) {
        return current();
    }

    static CurrentUser current() {
        return SignedIn.user().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("not signed in"));
    }
}
