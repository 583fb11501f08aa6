package com.tasktable.security;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import com.tasktable.platform.ErrorResponses;
import com.tasktable.users.CurrentUser;
import org.mockito.Mockito;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The application's security for a {@code @WebMvcTest} slice: the filter chains, the
 * argument resolver for {@code CurrentUser}/{@code UnitScope}, the sign-in machinery. The
 * slice mocks what these need from other modules ({@code Users}, {@code ApiTokens},
 * {@code AuditLog}) with {@code @MockitoBean}.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ SecurityConfiguration.class, SecurityWebConfiguration.class, AccountDetailsService.class,
		AccountSessions.class, LoginThrottle.class, SignInAudit.class, ThrottledAuthenticationProvider.class,
		ErrorResponses.class, ProblemResponses.class })
@EnableConfigurationProperties({ LoginThrottleProperties.class, AccountCheckProperties.class })
public class SecuritySlice {

	/** The sign-in throttle's clock; slices judge no dates. */
	@Bean
	Clock clock() {
		return Clock.fixed(Instant.parse("2026-06-01T02:00:00Z"), ZoneOffset.UTC);
	}

	/**
	 * The sign-in throttle's table; slices test no sign-in, so nobody is ever paused.
	 */
	@Bean
	NamedParameterJdbcTemplate loginThrottleTable() {
		return Mockito.mock(NamedParameterJdbcTemplate.class);
	}

	/**
	 * The sessions in the database, which slices do not have (their sessions are mock
	 * ones).
	 */
	@Bean
	FindByIndexNameSessionRepository<?> sessionRepository() {
		return Mockito.mock(FindByIndexNameSessionRepository.class);
	}

	/** The users module's encoder in the application; sign-in is not what slices test. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/** A request by {@code user}, signed in as the application signs people in. */
	public static RequestPostProcessor signedIn(CurrentUser user) {
		return user(new AuthenticatedUser(user, "{noop}unused", true, false, false));
	}

}
