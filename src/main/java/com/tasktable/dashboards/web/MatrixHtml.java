package com.tasktable.dashboards.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.tasktable.dashboards.Matrix;
import com.tasktable.units.UnitLevel;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The matrix tables as HTML, rendered once per kept matrix, columns and language. The
 * tables are nine tenths of the dashboard and depend on nothing else (no user, no token),
 * so a request for a kept matrix renders only the page around them. A matrix that was not
 * kept is rendered every time.
 */
@Component
class MatrixHtml {

	static final String TEMPLATE = "dashboards/blocks";

	private final ITemplateEngine templates;

	private final Cache<Key, String> rendered;

	MatrixHtml(ITemplateEngine templates, @Value("${app.dashboards.kept-matrices:64}") int keptMatrices) {
		this.templates = templates;
		this.rendered = (keptMatrices <= 0) ? null
				: Caffeine.newBuilder().maximumSize(4L * keptMatrices).expireAfterAccess(Duration.ofHours(1)).build();
	}

	String of(Matrix matrix, MatrixFilter filter, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		var links = filter.links(matrix);
		if (matrix.keptAs() == null || this.rendered == null) {
			return render(matrix, links, locale, request, response);
		}
		var key = new Key(matrix.keptAs(), filter.level(), filter.category(), filter.sort(), locale,
				request.getContextPath());
		return this.rendered.get(key, (k) -> render(matrix, links, locale, request, response));
	}

	private String render(Matrix matrix, MatrixLinks links, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		var exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, response);
		return this.templates.process(TEMPLATE,
				new WebContext(exchange, locale, Map.of("matrix", matrix, "links", links)));
	}

	private record Key(String matrix, UnitLevel level, String category, String sort, Locale locale,
			String contextPath) {
	}

}
