package com.tasktable.security;

import java.util.Map;

import com.tasktable.platform.DatabaseUnavailable;
import com.tasktable.users.ApiTokens;
import com.tasktable.users.Users;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/** Scripts and styles come from our own origin only: no inline script, no CDN. */
	static final String CONTENT_SECURITY_POLICY = policy("'self'");

	/** Swagger UI sets inline styles; its scripts stay as strict as everywhere else. */
	static final String SWAGGER_UI_POLICY = policy("'self' 'unsafe-inline'");

	private static final RequestMatcher SWAGGER_UI = PathPatternRequestMatcher.withDefaults().matcher("/swagger-ui/**");

	private static String policy(String styleSources) {
		return "default-src 'self'; script-src 'self'; style-src " + styleSources + "; "
				+ "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
				+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
	}

	/**
	 * The JSON API: stateless, HTTP Basic or bearer token, JSON errors, no CSRF since no
	 * cookie signs it in.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ApiTokens tokens, Users users, ProblemResponses problems)
			throws Exception {
		var unauthorized = problems.unauthorized();
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
			.addFilterBefore(new BearerTokenFilter(tokens, unauthorized), BasicAuthenticationFilter.class)
			.addFilterAfter(new PasswordChangeFilter(users, problems), AuthorizationFilter.class)
			.exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(problems.forbidden()))
			.headers(this::headers);
		return http.build();
	}

	/**
	 * The OpenAPI document: read by API clients with their own credentials (HTTP Basic or
	 * a bearer token), and by the Swagger UI with the session it was opened in (the
	 * session is read, never created). Without either, a 401 problem as on the API.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain apiDocsChain(HttpSecurity http, ApiTokens tokens, Users users, SessionRegistry sessionRegistry,
			ProblemResponses problems) throws Exception {
		var unauthorized = problems.unauthorized();
		http.securityMatcher("/v3/api-docs", "/v3/api-docs/**")
			.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			// a session ended by an administrator is refused here too; the filter only
			// reads sessions, it registers none (which would create one for a token)
			.addFilterBefore(
					new ConcurrentSessionFilter(sessionRegistry,
							(event) -> unauthorized.commence(event.getRequest(), event.getResponse(), null)),
					SecurityContextHolderFilter.class)
			.csrf(csrf -> csrf.disable())
			.httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
			.addFilterBefore(new BearerTokenFilter(tokens, unauthorized), BasicAuthenticationFilter.class)
			.addFilterAfter(new PasswordChangeFilter(users, problems), AuthorizationFilter.class)
			.exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(problems.forbidden()))
			.headers(this::headers);
		return http.build();
	}

	/**
	 * Pages: form login, a session whose id changes at login, CSRF on every form and htmx
	 * request.
	 */
	@Bean
	@Order(3)
	SecurityFilterChain webChain(HttpSecurity http, SessionRegistry sessionRegistry, Users users) throws Exception {
		http.authorizeHttpRequests(auth -> auth
			.requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/actuator/health/**", "/actuator/info")
			.permitAll()
			.requestMatchers("/actuator/**")
			.hasRole("ADMIN")
			.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.requestMatchers("/audit/**")
			.hasAnyRole("REVIEWER", "ADMIN")
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl("/", false)
				.failureHandler(loginFailures())
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout")
				.logoutSuccessUrl("/login?logout")
				.invalidateHttpSession(true)
				.clearAuthentication(true)
				.deleteCookies("JSESSIONID"))
			.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId())
				.sessionConcurrency(
						c -> c.maximumSessions(-1).sessionRegistry(sessionRegistry).expiredUrl("/login?expired")))
			.addFilterAfter(new PasswordChangeFilter(users, null), AuthorizationFilter.class)
			.csrf(Customizer.withDefaults())
			.headers(this::headers);
		return http.build();
	}

	/**
	 * Every session, so that disabling an account or resetting its password ends the
	 * person's sessions at once ({@link AccountSessions}).
	 */
	@Bean
	SessionRegistry sessionRegistry() {
		return new SessionRegistryImpl();
	}

	/** Tells the session registry when a session ends on its own. */
	@Bean
	HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	/**
	 * Back to the login page saying why: wrong credentials, throttled, or the database
	 * cannot be reached (then "try again", not "wrong password").
	 */
	static AuthenticationFailureHandler loginFailures() {
		var handler = new ExceptionMappingAuthenticationFailureHandler();
		handler.setDefaultFailureUrl("/login?error");
		handler.setExceptionMappings(Map.of(LoginThrottledException.class.getName(), "/login?throttled"));
		var unavailable = new SimpleUrlAuthenticationFailureHandler("/login?unavailable");
		return (request, response, ex) -> {
			if (DatabaseUnavailable.isCause(ex)) {
				unavailable.onAuthenticationFailure(request, response, ex);
			}
			else {
				handler.onAuthenticationFailure(request, response, ex);
			}
		};
	}

	private void headers(HeadersConfigurer<HttpSecurity> headers) {
		headers
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(SWAGGER_UI),
					new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY)))
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(SWAGGER_UI,
					new StaticHeadersWriter("Content-Security-Policy", SWAGGER_UI_POLICY)))
			.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions(f -> f.deny())
			.permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()"));
	}

}
