package com.tasktable.directives.web;

import java.util.Map;
import java.util.stream.Collectors;

import com.tasktable.IntegrationTest;
import com.tasktable.directives.AssignmentView;
import com.tasktable.directives.DirectiveDetail;
import com.tasktable.directives.DirectiveStatus;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each unit sees its directives on its home page and answers for itself only; late and
 * overdue show on both sides.
 */
@IntegrationTest
class CompleteDirectiveTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DirectiveTestData data;

	@Test
	void aReporterSeesTheDirectiveOnTheHomePageAndCompletesIt() throws Exception {
		var directiveId = this.data.issue("转发：厅微博置顶文章");
		var assignment = this.data.assignmentOf(directiveId, "nanning");
		var nanning = this.data.signIn("nanning");
		this.mvc.perform(get("/").session(nanning))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"directives-section\""), containsString("转发：厅微博置顶文章"),
					containsString("id=\"assignment-" + assignment + "\""))));

		this.mvc
			.perform(complete(nanning, assignment, "已于本局官方微博转发。", "https://weibo.com/nanning/1", 0)
				.param("status", "OPEN")
				.param("doneBy", this.data.user("liuzhou").id().toString()))
			.andExpect(redirectedUrl("/directives/assignments/" + assignment))
			.andExpect(flash().attribute("success", "directive.completed"));

		var row = this.jdbc.queryForMap(
				"select status, response, response_link, done_by from directive_assignment " + "where id = ?",
				assignment);
		assertThat(row).containsEntry("status", "DONE")
			.containsEntry("response", "已于本局官方微博转发。")
			.containsEntry("response_link", "https://weibo.com/nanning/1")
			.containsEntry("done_by", this.data.user("nanning").id());
		var audit = this.jdbc.queryForMap("""
				select actor, unit_id, details ->> 'status' as status, details ->> 'response' as response
				from audit_event where action = 'DIRECTIVE_DONE' and entity_id = ?""", assignment.toString());
		assertThat(audit).containsEntry("actor", "nanning")
			.containsEntry("unit_id", this.data.unitId("nanning"))
			.containsEntry("status", "DONE_ON_TIME")
			.containsEntry("response", "已于本局官方微博转发。");
		this.mvc.perform(get("/").session(nanning))
			.andExpect(content().string(not(containsString("id=\"assignment-" + assignment + "\""))));
		this.mvc.perform(get("/directives/assignments/{id}", assignment).session(nanning))
			.andExpect(content().string(allOf(containsString("按时完成"), containsString("https://weibo.com/nanning/1"))));

		assertThat(statusesSeenByTheReviewer(directiveId)).containsEntry("nanning", DirectiveStatus.DONE_ON_TIME)
			.containsEntry("liuzhou", DirectiveStatus.OPEN);
	}

	@Test
	void aResponseOrALinkIsRequired() throws Exception {
		var assignment = this.data.assignmentOf(this.data.issue("回应：网民留言"), "nanning");
		this.mvc.perform(complete(this.data.signIn("nanning"), assignment, " ", "", 0))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("请填写答复或链接，至少填写一项"), containsString("id=\"response-error\""))));
		assertThat(statusOf(assignment)).isEqualTo("OPEN");
	}

	@Test
	void anotherCitysReporterCannotSeeOrCompleteIt() throws Exception {
		var directiveId = this.data.issue("转发：南宁专属");
		var assignment = this.data.assignmentOf(directiveId, "nanning");
		var liuzhou = this.data.signIn("liuzhou");
		this.mvc.perform(get("/directives/assignments/{id}", assignment).session(liuzhou))
			.andExpect(status().isNotFound());
		this.mvc.perform(complete(liuzhou, assignment, "柳州代答", null, 0)).andExpect(status().isNotFound());
		// nor may a reporter open the reviewer's page, nor the reviewer answer for a unit
		this.mvc.perform(get("/directives/{id}", directiveId).session(liuzhou)).andExpect(status().isNotFound());
		this.mvc.perform(complete(this.data.signIn("reviewer"), assignment, "代答", null, 0))
			.andExpect(status().isNotFound());

		assertThat(this.jdbc.queryForMap("select status, response, version from directive_assignment where id = ?",
				assignment))
			.containsEntry("status", "OPEN")
			.containsEntry("response", null)
			.containsEntry("version", 0L);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where action = 'DIRECTIVE_DONE' and entity_id = ?", Long.class,
				assignment.toString()))
			.isZero();
	}

	@Test
	void aSecondOrStaleSubmissionIsAConflictAndChangesNothing() throws Exception {
		var assignment = this.data.assignmentOf(this.data.issue("转发：重复提交"), "nanning");
		var nanning = this.data.signIn("nanning");
		this.mvc.perform(complete(nanning, assignment, "第一次", null, 0)).andExpect(status().is3xxRedirection());
		this.mvc.perform(complete(nanning, assignment, "第二次", null, 0))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("内容已被修改")));
		assertThat(this.jdbc.queryForObject("select response from directive_assignment where id = ?", String.class,
				assignment))
			.isEqualTo("第一次");
	}

	@Test
	void overdueAndDoneLateAreVisibleToBothSides() throws Exception {
		var directiveId = this.data.issuePast("转发：已过期的通知", 2);
		var assignment = this.data.assignmentOf(directiveId, "nanning");
		assertThat(statusesSeenByTheReviewer(directiveId)).containsEntry("nanning", DirectiveStatus.OVERDUE)
			.containsEntry("liuzhou", DirectiveStatus.OVERDUE);
		var nanning = this.data.signIn("nanning");
		this.mvc.perform(get("/").session(nanning))
			.andExpect(content()
				.string(allOf(containsString("id=\"assignment-" + assignment + "\""), containsString("已逾期"))));

		this.mvc.perform(complete(nanning, assignment, null, "https://weibo.com/nanning/2", 0))
			.andExpect(status().is3xxRedirection());

		assertThat(statusesSeenByTheReviewer(directiveId)).containsEntry("nanning", DirectiveStatus.DONE_LATE)
			.containsEntry("liuzhou", DirectiveStatus.OVERDUE);
		this.mvc.perform(get("/directives/{id}", directiveId).session(this.data.signIn("reviewer")).param("lang", "en"))
			.andExpect(content().string(allOf(containsString("Done late"), containsString("Overdue"))));
		this.mvc.perform(get("/directives/assignments/{id}", assignment).session(nanning))
			.andExpect(content().string(containsString("逾期完成")));
		assertThat(this.jdbc.queryForObject("""
				select details ->> 'status' from audit_event where action = 'DIRECTIVE_DONE' and entity_id = ?""",
				String.class, assignment.toString()))
			.isEqualTo("DONE_LATE");
	}

	private Map<String, DirectiveStatus> statusesSeenByTheReviewer(Long directiveId) throws Exception {
		var page = this.mvc.perform(get("/directives/{id}", directiveId).session(this.data.signIn("reviewer")))
			.andExpect(status().isOk())
			.andReturn();
		var detail = (DirectiveDetail) page.getModelAndView().getModel().get("detail");
		return detail.assignments().stream().collect(Collectors.toMap(a -> a.unit().code(), AssignmentView::status));
	}

	private String statusOf(Long assignment) {
		return this.jdbc.queryForObject("select status from directive_assignment where id = ?", String.class,
				assignment);
	}

	private MockHttpServletRequestBuilder complete(MockHttpSession session, Long assignment, String response,
			String link, long version) {
		var request = post("/directives/assignments/{id}/done", assignment).session(session)
			.with(csrf())
			.param("version", Long.toString(version));
		if (response != null) {
			request.param("response", response);
		}
		if (link != null) {
			request.param("responseLink", link);
		}
		return request;
	}

}
