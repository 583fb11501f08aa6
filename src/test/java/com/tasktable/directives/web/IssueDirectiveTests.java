package com.tasktable.directives.web;

import java.util.Set;

import com.tasktable.IntegrationTest;
import com.tasktable.directives.DirectiveDetail;
import com.tasktable.directives.DirectiveStatus;
import com.tasktable.directives.Directives;
import com.tasktable.directives.NewDirective;
import com.tasktable.units.UnitNotFoundException;
import com.tasktable.users.CurrentUser;
import com.tasktable.users.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * A reviewer issues a directive to units below their own, and nothing else gets stored.
 */
@IntegrationTest
class IssueDirectiveTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Directives directives;

	@Autowired
	DirectiveTestData data;

	@Test
	void aReviewerIssuesADirectiveToChosenCities() throws Exception {
		var reviewer = this.data.signIn("reviewer");
		var title = "转发：六五环境日主题海报";
		var result = this.mvc
			.perform(post("/directives").session(reviewer)
				.with(csrf())
				.param("title", title)
				.param("text", "请在官方微博转发。\n转发后回复链接。")
				.param("link", "https://sthjt.gxzf.gov.cn/poster")
				.param("deadline", this.data.inAWeek().toString())
				.param("unitIds", id("nanning"), id("liuzhou"))
				.param("issuingUnitId", id("liuzhou"))
				.param("campaignId", "999"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("success", "directive.issued"))
			.andReturn();

		var directiveId = this.jdbc.queryForObject("select id from directive where title = ?", Long.class, title);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/directives/" + directiveId);
		var row = this.jdbc.queryForMap("""
				select d.campaign_id, d.issuing_unit_id, d.issued_by, d.deadline, d.link, o.code as obligation
				from directive d left join obligation o on o.id = d.obligation_id where d.id = ?""", directiveId);
		assertThat(row).containsEntry("campaign_id", this.data.campaign().id())
			.containsEntry("issuing_unit_id", this.data.unitId("guangxi"))
			.containsEntry("issued_by", this.data.user("reviewer").id())
			.containsEntry("obligation", "6.C.1")
			.containsEntry("link", "https://sthjt.gxzf.gov.cn/poster");
		assertThat(this.jdbc.queryForList("""
				select u.code from directive_assignment a join unit u on u.id = a.unit_id
				where a.directive_id = ? and a.status = 'OPEN' order by u.code""", String.class, directiveId))
			.containsExactly("liuzhou", "nanning");
		var audit = this.jdbc.queryForMap("""
				select actor, unit_id, details ->> 'deadline' as deadline, details -> 'units' ->> 0 as first_unit
				from audit_event where action = 'DIRECTIVE_ISSUED' and entity_id = ?""", directiveId.toString());
		assertThat(audit).containsEntry("actor", "reviewer")
			.containsEntry("unit_id", this.data.unitId("guangxi"))
			.containsEntry("deadline", this.data.inAWeek().toString())
			.containsEntry("first_unit", "liuzhou");

		var page = this.mvc.perform(get("/directives/{id}", directiveId).session(reviewer))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString(title), containsString("转发后回复链接。"), containsString("id=\"unit-nanning\""),
						containsString("id=\"unit-liuzhou\""), not(containsString("id=\"unit-guilin\"")))))
			.andReturn();
		var detail = (DirectiveDetail) page.getModelAndView().getModel().get("detail");
		assertThat(detail.count(DirectiveStatus.OPEN)).isEqualTo(2);
		this.mvc.perform(get("/directives").session(reviewer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"directive-" + directiveId + "\"")));
	}

	@Test
	void theFormListsTheUnitsBelowTheReviewer() throws Exception {
		this.mvc.perform(get("/directives/new").session(this.data.signIn("reviewer")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("南宁市"), containsString("崇左市"), containsString("data-select-all=\"CITY\""),
						containsString("/js/directives.js"), not(containsString("value=\"" + id("guangxi") + "\"")))));
	}

	@Test
	void invalidInputIsShownNextToTheFieldsInTheUsersLanguageAndNothingIsStored() throws Exception {
		var reviewer = this.data.signIn("reviewer");
		long before = this.data.directiveCount();
		this.mvc
			.perform(post("/directives").session(reviewer)
				.with(csrf())
				.param("title", " ")
				.param("link", "javascript:alert(1)")
				.param("deadline", this.data.today().minusDays(1).toString()))
			.andExpect(status().isOk())
			.andExpect(view().name(IssueDirectiveController.FORM_VIEW))
			.andExpect(model().attributeHasFieldErrors("directiveForm", "title", "link", "deadline", "unitIds"))
			.andExpect(content().string(allOf(containsString("请填写标题"), containsString("链接须以 http:// 或 https:// 开头"),
					containsString("截止日期不能早于今天"), containsString("请至少选择一个单位"),
					containsString("id=\"deadline-error\""))));
		this.mvc
			.perform(post("/directives").session(reviewer)
				.with(csrf())
				.param("lang", "en")
				.param("title", "Forward the poster")
				.param("deadline", this.data.campaign().endDate().plusDays(1).toString())
				.param("unitIds", id("nanning")))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("directiveForm", "deadline"))
			.andExpect(content().string(containsString("The deadline cannot be after the last day of the task table")));
		assertThat(this.data.directiveCount()).isEqualTo(before);
	}

	@Test
	void aUnitOutsideTheReviewersReachFailsTheWholeRequestAndStoresNothing() throws Exception {
		var reviewer = this.data.signIn("reviewer");
		long directives = this.data.directiveCount();
		long assignments = this.data.assignmentCount();
		// the reviewer's own unit is not below it
		this.mvc.perform(issueTo(reviewer, id("nanning"), id("guangxi"))).andExpect(status().isNotFound());
		// an id that names no unit
		this.mvc.perform(issueTo(reviewer, id("nanning"), "999999")).andExpect(status().isNotFound());
		// a reviewer in a city (the demo has none, so the role is granted here) cannot
		// reach a
		// neighbouring city
		var nanning = this.data.user("nanning");
		var cityReviewer = new CurrentUser(nanning.id(), nanning.username(), nanning.displayName(), nanning.unit(),
				Set.of(Role.REVIEWER));
		assertThat(this.directives.addressableUnits(cityReviewer)).isEmpty();
		assertThatThrownBy(() -> this.directives.issue(cityReviewer,
				new NewDirective("越权", null, null, this.data.inAWeek(), Set.of(this.data.unitId("liuzhou")))))
			.isInstanceOf(UnitNotFoundException.class);
		assertThat(this.data.directiveCount()).isEqualTo(directives);
		assertThat(this.data.assignmentCount()).isEqualTo(assignments);
	}

	@Test
	void aReporterCannotIssue() throws Exception {
		var nanning = this.data.signIn("nanning");
		long before = this.data.directiveCount();
		this.mvc.perform(get("/directives/new").session(nanning)).andExpect(status().isForbidden());
		this.mvc.perform(issueTo(nanning, id("nanning"))).andExpect(status().isForbidden());
		assertThat(this.data.directiveCount()).isEqualTo(before);
	}

	private RequestBuilder issueTo(MockHttpSession session, String... unitIds) {
		return post("/directives").session(session)
			.with(csrf())
			.param("title", "越权下达")
			.param("deadline", this.data.inAWeek().toString())
			.param("unitIds", unitIds);
	}

	private String id(String unitCode) {
		return this.data.unitId(unitCode).toString();
	}

}
