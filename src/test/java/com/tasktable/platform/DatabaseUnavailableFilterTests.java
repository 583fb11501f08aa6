package com.tasktable.platform;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ViewResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The cases the integration test cannot stage: a failure after the answer was sent, and a
 * failure that is not the database's. The 503 pages themselves are checked in
 * {@link DatabaseOutageTests}.
 */
class DatabaseUnavailableFilterTests {

	final ErrorResponses responses = mock(ErrorResponses.class);

	final Filter filter = new DatabaseUnavailableFilter()
		.databaseUnavailableFilterRegistration(this.responses, mock(LocaleResolver.class), mock(ViewResolver.class))
		.getFilter();

	final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/records");

	final MockHttpServletResponse response = new MockHttpServletResponse();

	@Test
	void aFailureAfterTheAnswerWasSentEndsTheAnswerAsItIs() throws Exception {
		FilterChain chain = (request, response) -> {
			response.getWriter().write("<html>the whole page</html>");
			response.flushBuffer();
			throw new CannotGetJdbcConnectionException("the session's last access");
		};
		this.filter.doFilter(this.request, this.response, chain);
		assertThat(this.response.getStatus()).isEqualTo(200);
		assertThat(this.response.getContentAsString()).isEqualTo("<html>the whole page</html>");
		verifyNoInteractions(this.responses);
	}

	@Test
	void anApiRequestWhoseSessionCannotBeReadIsAProblem() throws Exception {
		var api = new MockHttpServletRequest("GET", "/api/v1/units");
		FilterChain chain = (request, response) -> {
			throw new CannotGetJdbcConnectionException("the session");
		};
		this.filter.doFilter(api, this.response, chain);
		verify(this.responses).writeDatabaseUnavailable(api, this.response);
	}

	@Test
	void anyOtherFailureGoesOn() {
		FilterChain chain = (request, response) -> {
			throw new DataIntegrityViolationException("duplicate");
		};
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.filter.doFilter(this.request, this.response, chain));
		verifyNoInteractions(this.responses);
	}

}
