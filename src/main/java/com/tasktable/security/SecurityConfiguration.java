package com.tasktable.security;

import java.time.Clock;
import java.util.Map;

import com.tasktable.audit.AuditLog;
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
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
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
	 * session is read, never created). Without either, a 401 problem as on the API. A
	 * session an administrator ended is gone from the database, so it is refused here
	 * too.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain apiDocsChain(HttpSecurity http, ApiTokens tokens, Users users, ProblemResponses problems,
			Clock clock, AccountCheckProperties accountCheck, AuditLog audit) throws Exception {
		var unauthorized = problems.unauthorized();
		http.securityMatcher("/v3/api-docs", "/v3/api-docs/**")
			.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.addFilterBefore(new AccountCheckFilter(users, clock, accountCheck, audit, unauthorized),
					AuthorizationFilter.class)
			.csrf(csrf -> csrf.disable())
			.httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
			.addFilterBefore(new BearerTokenFilter(tokens, unauthorized), BasicAuthenticationFilter.class)
			.addFilterAfter(new PasswordChangeFilter(users, problems), AuthorizationFilter.class)
			.exceptionHandling(e -> e.authenticationEntryPoint(unauthorized).accessDeniedHandler(problems.forbidden()))
			.headers(this::headers);
		return http.build();
	}

	/**
	 * Pages: form login, a session (in the database, shared by every instance) whose id
	 * changes at login, CSRF on every form and htmx request. A request with a session
	 * that is gone (ended by an administrator's change, or timed out) lands on
	 * {@code /login?expired}; one whose account the periodic check finds disabled or
	 * locked on {@code /login?changed}.
	 */
	@Bean
	@Order(3)
	SecurityFilterChain webChain(HttpSecurity http, Users users, Clock clock, AccountCheckProperties accountCheck,
			AuditLog audit) throws Exception {
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
				.clearAuthentication(true))
			.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
			.exceptionHandling(e -> e.authenticationEntryPoint(signIn()))
			.addFilterBefore(new AccountCheckFilter(users, clock, accountCheck, audit,
					new LoginUrlAuthenticationEntryPoint("/login?changed")), AuthorizationFilter.class)
			.addFilterAfter(new PasswordChangeFilter(users, null), AuthorizationFilter.class)
			.csrf(Customizer.withDefaults())
			.headers(this::headers);
		return http.build();
	}

	/**
	 * The login page; with a word that the session ended when the request came with one
	 * that is gone (ended by an administrator's change on any instance, or timed out).
	 */
	private static AuthenticationEntryPoint signIn() {
		var login = new LoginUrlAuthenticationEntryPoint("/login");
		var expired = new LoginUrlAuthenticationEntryPoint("/login?expired");
		return (request, response, exception) -> {
			var ended = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
			(ended ? expired : login).commence(request, response, exception);
		};
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
		// the sessions are in the database that is away: a new one could not be stored
		unavailable.setAllowSessionCreation(false);
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
