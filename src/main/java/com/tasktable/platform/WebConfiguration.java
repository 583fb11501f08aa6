package com.tasktable.platform;

import java.util.Locale;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Chinese by default; English by the language switch ({@code ?lang=en}, kept in a cookie)
 * or Accept-Language.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	@Bean
	LocaleResolver localeResolver() {
		var resolver = new CookieLocaleResolver("lang");
		resolver.setDefaultLocaleFunction(request -> {
			var header = request.getHeader("Accept-Language");
			if (header != null && !header.isBlank()) {
				for (var range : Locale.LanguageRange.parse(header)) {
					var tag = range.getRange().toLowerCase(Locale.ROOT);
					if (tag.startsWith("zh")) {
						return CHINESE;
					}
					if (tag.startsWith("en")) {
						return Locale.ENGLISH;
					}
				}
			}
			return CHINESE;
		});
		return resolver;
	}

	/**
	 * Links to static files through the resource chain, every other link past it
	 * ({@link StaticResourceUrlFilter}). Spring Boot's own registration backs off when
	 * one is registered; the dispatcher types are the same.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> staticResourceUrlFilter() {
		var registration = new FilterRegistrationBean<ResourceUrlEncodingFilter>(new StaticResourceUrlFilter());
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		var interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
		registry.addInterceptor(new NulParameterGuard());
	}

}
