package com.tasktable.security;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import com.tasktable.audit.AuditLog;
import com.tasktable.units.UnitLevel;
import com.tasktable.units.UnitView;
import com.tasktable.users.CurrentUser;
import com.tasktable.users.LoginAccount;
import com.tasktable.users.Role;
import com.tasktable.users.Users;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The account check on a clock moved by hand: a session's account is read again once a
 * minute at most, not on every request; disabled or locked ends the session with the
 * login page's word for it; new roles replace the session's principal.
 */
class AccountCheckFilterTests {

	private static final UnitView NANNING = new UnitView(2L, "nanning", "南宁市", "Nanning", UnitLevel.CITY, 1L,
			"/guangxi/nanning/", null, null);

	private static final CurrentUser WANG = new CurrentUser(7L, "wang", "王", NANNING, Set.of(Role.REPORTER));

	private final LoginThrottleTests.MovableClock clock = new LoginThrottleTests.MovableClock();

	private final Users users = Mockito.mock(Users.class);

	private final AuditLog audit = Mockito.mock(AuditLog.class);

	private final AccountCheckFilter filter = new AccountCheckFilter(this.users, this.clock,
			new AccountCheckProperties(Duration.ofMinutes(1)), this.audit,
			new LoginUrlAuthenticationEntryPoint("/login?changed"));

	private final MockHttpSession session = new MockHttpSession();

	@AfterEach
	void forget() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theAccountIsReadAgainOnceAMinuteAtMost() throws Exception {
		when(this.users.findForLogin("wang")).thenReturn(Optional.of(account(WANG, true, false)));
		assertThat(request().getStatus()).as("a new session: its sign-in just checked the account").isEqualTo(200);
		this.clock.advance(Duration.ofSeconds(59));
		request();
		verify(this.users, never()).findForLogin(any());
		this.clock.advance(Duration.ofSeconds(2));
		assertThat(request().getStatus()).isEqualTo(200);
		verify(this.users).findForLogin("wang");
	}

	@Test
	void aDisabledAccountEndsTheSessionWithinAMinute() throws Exception {
		request();
		when(this.users.findForLogin("wang")).thenReturn(Optional.of(account(WANG, false, false)));
		this.clock.advance(Duration.ofSeconds(30));
		assertThat(request().getStatus()).as("not yet read again").isEqualTo(200);
		this.clock.advance(Duration.ofSeconds(31));
		var response = request();
		assertThat(response.getRedirectedUrl()).endsWith("/login?changed");
		assertThat(this.session.isInvalid()).isTrue();
		verify(this.audit).recordStandalone(eq("wang"), eq(2L), eq("SESSION_ENDED"), anyMap());
	}

	@Test
	void aLockedOrMissingAccountEndsTheSessionToo() throws Exception {
		request();
		when(this.users.findForLogin("wang")).thenReturn(Optional.of(account(WANG, true, true)));
		this.clock.advance(Duration.ofMinutes(2));
		assertThat(request().getRedirectedUrl()).endsWith("/login?changed");
	}

	@Test
	void newRolesReplaceTheSessionsPrincipal() throws Exception {
		request();
		var reviewer = new CurrentUser(7L, "wang", "王", NANNING, Set.of(Role.REPORTER, Role.REVIEWER));
		when(this.users.findForLogin("wang")).thenReturn(Optional.of(account(reviewer, true, false)));
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(request().getStatus()).isEqualTo(200);
		var stored = (SecurityContext) this.session
			.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		assertThat(stored.getAuthentication().getAuthorities()).extracting(Object::toString)
			.containsExactlyInAnyOrder("ROLE_REPORTER", "ROLE_REVIEWER");
		assertThat(((AuthenticatedUser) stored.getAuthentication().getPrincipal()).currentUser()).isEqualTo(reviewer);
		assertThat(stored.getAuthentication().getCredentials()).isNull();
	}

	/** One request of the session, signed in as Wang with the roles of the sign-in. */
	private MockHttpServletResponse request() throws Exception {
		var principal = new AuthenticatedUser(WANG, null, true, false, false);
		var signedIn = SecurityContextHolder.createEmptyContext();
		signedIn.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(signedIn);
		var request = new MockHttpServletRequest("GET", "/records");
		request.setSession(this.session);
		var response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, new MockFilterChain());
		return response;
	}

	private static LoginAccount account(CurrentUser user, boolean enabled, boolean locked) {
		return new LoginAccount(user, "{noop}secret", enabled, locked, false);
	}

}
