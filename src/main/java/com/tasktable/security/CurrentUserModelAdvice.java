package com.tasktable.security;

import com.tasktable.users.CurrentUser;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user into every page's model, for the layout's header. */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserModelAdvice {

	@ModelAttribute("currentUser")
	CurrentUser currentUser() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof AuthenticatedUser user)
				? user.currentUser() : null;
	}

}
