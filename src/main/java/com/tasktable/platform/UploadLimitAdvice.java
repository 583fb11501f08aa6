package com.tasktable.platform;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.JacksonJsonView;

/**
 * An upload over the servlet's limit fails before any controller is chosen, so this
 * advice is global: JSON for the API, the 413 page for the screens. Nothing was stored
 * either way.
 */
@ControllerAdvice
class UploadLimitAdvice {

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(HttpServletRequest request) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			var view = new ModelAndView(new JacksonJsonView());
			var problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, "Upload too large");
			view.addObject("status", problem.getStatus());
			view.addObject("title", problem.getTitle());
			view.addObject("detail", problem.getDetail());
			view.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
			return view;
		}
		var view = new ModelAndView("error/413");
		view.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
		return view;
	}

}
