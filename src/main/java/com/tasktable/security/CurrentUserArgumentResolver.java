package com.tasktable.security;

import com.tasktable.units.UnitScope;
import com.tasktable.users.CurrentUser;

import org.springframework.core.MethodParameter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Hands controllers the signed-in {@link CurrentUser} or its {@link UnitScope}, so that
 * no controller reads the scope from the request and a tampered parameter cannot widen
 * it.
 */
class CurrentUserArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		var type = parameter.getParameterType();
		return type == CurrentUser.class || type == UnitScope.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		var user = current();
		return (parameter.getParameterType() == UnitScope.class) ? user.scope() : user;
	}

	static CurrentUser current() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AuthenticatedUser principal) {
			return principal.currentUser();
		}
		throw new AccessDeniedException("Not signed in");
	}

}
