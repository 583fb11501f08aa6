package com.tasktable.directives.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import com.tasktable.campaigns.CampaignView;
import com.tasktable.directives.Directives;
import com.tasktable.directives.NewDirective;
import com.tasktable.users.CurrentUser;
import com.tasktable.users.Users;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/**
 * Demo accounts, unit ids and ready-made directives for the directive tests, on the
 * shared demo database (titles are unique per test, so tests never see each other's).
 */
@Component
final class DirectiveTestData {

	/**
	 * Only the MockMvc contexts have one; the others (browser, bootstrap) never sign in
	 * through this fixture.
	 */
	private final ObjectProvider<MockMvc> mvc;

	private final JdbcTemplate jdbc;

	private final Directives directives;

	private final Users users;

	private final Clock clock;

	DirectiveTestData(ObjectProvider<MockMvc> mvc, JdbcTemplate jdbc, Directives directives, Users users, Clock clock) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.directives = directives;
		this.users = users;
		this.clock = clock;
	}

	MockHttpSession signIn(String username) throws Exception {
		return (MockHttpSession) this.mvc.getObject()
			.perform(formLogin().user(username).password("demo"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	CurrentUser user(String username) {
		return this.users.findForLogin(username).orElseThrow().user();
	}

	Long unitId(String code) {
		return this.jdbc.queryForObject("select id from unit where code = ?", Long.class, code);
	}

	CampaignView campaign() {
		return this.directives.currentCampaign(user("reviewer")).orElseThrow();
	}

	LocalDate today() {
		return campaign().today(this.clock);
	}

	/** A week from today, or the campaign's last day if that comes first. */
	LocalDate inAWeek() {
		return campaign().clamp(today().plusDays(7));
	}

	/** Issued by the region's reviewer to Nanning and Liuzhou through the service. */
	Long issue(String title) {
		return this.directives
			.issue(user("reviewer"),
					new NewDirective(title, "请及时转发。", null, inAWeek(), Set.of(unitId("nanning"), unitId("liuzhou"))))
			.id();
	}

	/**
	 * A directive whose deadline passed {@code daysAgo} days ago: the forms refuse it, so
	 * it goes straight into the tables.
	 */
	Long issuePast(String title, int daysAgo) {
		Long id = this.jdbc.queryForObject("""
				insert into directive (campaign_id, issuing_unit_id, title, deadline, issued_by, issued_at)
				values (?, ?, ?, ?, ?, ?) returning id""", Long.class, campaign().id(), unitId("guangxi"), title,
				today().minusDays(daysAgo), user("reviewer").id(),
				Timestamp.from(this.clock.instant().minus(Duration.ofDays(30))));
		this.jdbc.update("""
				insert into directive_assignment (directive_id, unit_id)
				select ?, id from unit where code in ('nanning', 'liuzhou')""", id);
		return id;
	}

	Long assignmentOf(Long directiveId, String unitCode) {
		return this.jdbc.queryForObject("""
				select a.id from directive_assignment a join unit u on u.id = a.unit_id
				where a.directive_id = ? and u.code = ?""", Long.class, directiveId, unitCode);
	}

	long directiveCount() {
		return this.jdbc.queryForObject("select count(*) from directive", Long.class);
	}

	long assignmentCount() {
		return this.jdbc.queryForObject("select count(*) from directive_assignment", Long.class);
	}

}
