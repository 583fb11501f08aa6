package com.tasktable.audit.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.tasktable.audit.AuditEntry;
import com.tasktable.audit.AuditLog;
import com.tasktable.audit.AuditNaming;
import com.tasktable.review.ReviewQueue;
import com.tasktable.security.SecuritySlice;
import com.tasktable.units.UnitLevel;
import com.tasktable.units.UnitScope;
import com.tasktable.units.UnitView;
import com.tasktable.units.Units;
import com.tasktable.users.ApiTokens;
import com.tasktable.users.CurrentUser;
import com.tasktable.users.Role;
import com.tasktable.users.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * {@code /audit} as a slice: the controller and the application's security, with the
 * audit log and the unit tree mocked. Who may read, what an htmx request gets, and a
 * filter error that never reaches the log ({@link AuditPageTests} reads the demo's log on
 * the whole application).
 */
@WebMvcTest(AuditController.class)
@Import({ SecuritySlice.class, AuditNaming.class })
@EnableConfigurationProperties(AuditPageProperties.class)
class AuditControllerSliceTests {

	static final UnitView GUANGXI = new UnitView(1L, "guangxi", "广西壮族自治区", "Guangxi", UnitLevel.REGION, null,
			"/guangxi/", null, null);

	static final UnitView NANNING = new UnitView(2L, "nanning", "南宁市", "Nanning", UnitLevel.CITY, 1L,
			"/guangxi/nanning/", null, null);

	static final CurrentUser REVIEWER = new CurrentUser(10L, "reviewer", "审核员", GUANGXI, Set.of(Role.REVIEWER));

	static final CurrentUser REPORTER = new CurrentUser(11L, "nanning", "南宁填报员", NANNING, Set.of(Role.REPORTER));

	@Autowired
	MockMvc mvc;

	@MockitoBean
	AuditLog audit;

	/**
	 * The navigation's review count (review's ReviewBadge, a controller advice) reads it.
	 */
	@MockitoBean
	ReviewQueue reviewQueue;

	@MockitoBean
	Units units;

	@MockitoBean
	Users users;

	@MockitoBean
	ApiTokens tokens;

	@BeforeEach
	void aLogWithOneEntry() {
		given(this.units.within(UnitScope.of(GUANGXI))).willReturn(List.of(GUANGXI, NANNING));
		given(this.audit.actions()).willReturn(List.of("RECORD_CREATED"));
		var entry = new AuditEntry(7L, Instant.parse("2026-06-01T02:00:00Z"), "nanning", 2L, "RECORD_CREATED",
				"ActivityRecord", "42", Map.of(), "127.0.0.1");
		given(this.audit.search(eq(UnitScope.of(GUANGXI)), eq(false), any(), anyInt()))
			.willReturn(new PageImpl<>(List.of(entry), PageRequest.of(0, AuditLog.PAGE_SIZE), 1));
	}

	@Test
	void signInFirst() throws Exception {
		this.mvc.perform(get("/audit")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		verifyNoInteractions(this.audit);
	}

	@Test
	void reportersMayNotReadTheLog() throws Exception {
		this.mvc.perform(get("/audit").with(SecuritySlice.signedIn(REPORTER))).andExpect(status().isForbidden());
		verifyNoInteractions(this.audit);
	}

	@Test
	void anHtmxRequestGetsTheResultsFragmentOfTheReviewersScope() throws Exception {
		this.mvc
			.perform(get("/audit").param("actor", "nanning")
				.header("HX-Request", "true")
				.with(SecuritySlice.signedIn(REVIEWER)))
			.andExpect(status().isOk())
			.andExpect(view().name(AuditController.RESULTS))
			.andExpect(header().string("Vary", containsString("HX-Request")))
			.andExpect(content().string(allOf(containsString("id=\"audit-results\""), containsString("RECORD_CREATED"),
					not(containsString("<html")))));
		verify(this.audit).search(eq(UnitScope.of(GUANGXI)), eq(false), any(), eq(0));
	}

	@Test
	void aReversedRangeIsAFieldErrorInTheReadersLanguageAndTheLogIsNotSearched() throws Exception {
		this.mvc
			.perform(get("/audit").param("from", "2024-03-10")
				.param("to", "2024-03-01")
				.with(SecuritySlice.signedIn(REVIEWER)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("auditFilter", "to", "audit.filter.toBeforeFrom"))
			.andExpect(model().attributeDoesNotExist("rows"))
			.andExpect(content().string(allOf(containsString("截止日期不能早于起始日期"), containsString("is-invalid"),
					not(containsString("Exception")))));
		this.mvc
			.perform(get("/audit").param("from", "2024-03-10")
				.param("to", "2024-03-01")
				.param("lang", "en")
				.header("HX-Request", "true")
				.with(SecuritySlice.signedIn(REVIEWER)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("auditFilter", "to"))
			.andExpect(content().string(containsString("The end date cannot be before the start date")));
		verify(this.audit, never()).search(any(), eq(false), any(), anyInt());
	}

	@Test
	void aMalformedDateOrOverlongNameIsAFieldErrorNotA500() throws Exception {
		this.mvc.perform(get("/audit").param("from", "2024-13-45").with(SecuritySlice.signedIn(REVIEWER)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("auditFilter", "from", "typeMismatch"))
			.andExpect(content().string(allOf(containsString("请输入有效日期"), containsString("value=\"2024-13-45\""),
					not(containsString("Exception")))));
		this.mvc
			.perform(get("/audit").param("actor", "x".repeat(300))
				.param("lang", "en")
				.with(SecuritySlice.signedIn(REVIEWER)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("auditFilter", "actor"))
			.andExpect(content().string(containsString("Please correct the marked filters first.")));
		verify(this.audit, never()).search(any(), eq(false), any(), anyInt());
	}

}
