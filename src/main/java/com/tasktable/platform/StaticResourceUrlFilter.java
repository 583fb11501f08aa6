package com.tasktable.platform;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Spring's {@link ResourceUrlEncodingFilter} (the WebJars locator turns the resource
 * chain on) rewrites {@code /webjars/bootstrap/css/…} into the versioned path. It does so
 * by looking every URL a page builds up as a static file, and it remembers only the files
 * it found: a dashboard's 300 links to {@code /records?…} were each searched for in the
 * jar on every request, 60 % of the page's CPU (docs/benchmark.md). This one rewrites
 * only URLs under the static folders and hands every other URL straight to the container.
 */
class StaticResourceUrlFilter extends ResourceUrlEncodingFilter {

	/** The folders of {@code src/main/resources/static} and the WebJars. */
	static final List<String> STATIC_FOLDERS = List.of("/webjars/", "/css/", "/js/", "/img/");

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!(request instanceof HttpServletRequest httpRequest)
				|| !(response instanceof HttpServletResponse original)) {
			super.doFilter(request, response, chain);
			return;
		}
		var contextPath = httpRequest.getContextPath();
		super.doFilter(request, response, (req, encoding) -> chain.doFilter(req,
				new StaticOnly((HttpServletResponse) encoding, original, contextPath)));
	}

	static boolean isStatic(String url, String contextPath) {
		if (!url.startsWith(contextPath)) {
			return false;
		}
		var path = url.substring(contextPath.length());
		return STATIC_FOLDERS.stream().anyMatch(path::startsWith);
	}

	/** Static URLs through the resource chain, every other URL past it. */
	private static final class StaticOnly extends HttpServletResponseWrapper {

		private final HttpServletResponse original;

		private final String contextPath;

		StaticOnly(HttpServletResponse encoding, HttpServletResponse original, String contextPath) {
			super(encoding);
			this.original = original;
			this.contextPath = contextPath;
		}

		@Override
		public String encodeURL(String url) {
			return isStatic(url, this.contextPath) ? super.encodeURL(url) : this.original.encodeURL(url);
		}

	}

}
