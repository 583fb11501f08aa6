package com.tasktable.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.tasktable.IntegrationTest;
import com.tasktable.campaigns.Campaigns;
import com.tasktable.platform.NotFoundException;
import com.tasktable.records.RecordDraft;
import com.tasktable.records.RecordFixtures;
import com.tasktable.records.RecordKeeping;
import com.tasktable.users.Role;
import com.tasktable.users.Users;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static com.tasktable.records.RecordFixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Review: approve, return with a reason, resubmit, bulk approval, the queue's scope, and
 * two reviewers deciding at once.
 */
@IntegrationTest
class ReviewTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RecordKeeping keeping;

	@Autowired
	RecordDecisions decisions;

	@Autowired
	ReviewQueue queue;

	@Autowired
	RecordFixtures fixtures;

	@Autowired
	Users users;

	@Autowired
	Campaigns campaigns;

	@AfterEach
	void forgetTestUnits() {
		this.campaigns.evictCaches();
	}

	@Test
	void returnedWithAReasonFixedResubmittedAndApproved() throws Exception {
		var id = newRecord("guigang", "贵港市曝光违法案件（初稿）");
		var reviewer = signIn(this.mvc, "reviewer");
		var guigang = signIn(this.mvc, "guigang");

		// the queue comes oldest first, 50 a page: the newest record is on its last page
		var last = (this.queue.page(this.fixtures.user("reviewer"), QueueFilter.NONE, 0).totalPages() - 1);
		this.mvc.perform(get("/review").param("page", String.valueOf(last)).session(reviewer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("贵港市曝光违法案件（初稿）")));
		var month = this.fixtures.today().toString().substring(0, 7);
		this.mvc.perform(get("/review").param("period", month).param("unit", "guigang").session(reviewer))
			.andExpect(content().string(containsString("贵港市曝光违法案件（初稿）")));
		this.mvc.perform(get("/review").param("period", "2018-Q1").param("unit", "guigang").session(reviewer))
			.andExpect(content().string(not(containsString("贵港市曝光违法案件（初稿）"))));
		// the record's page offers the decision to its reviewer only
		this.mvc.perform(get("/records/{id}", id).session(reviewer))
			.andExpect(content().string(containsString("id=\"review-actions\"")));
		this.mvc.perform(get("/records/{id}", id).session(guigang))
			.andExpect(content().string(not(containsString("id=\"review-actions\""))));

		// a return needs a reason: shown next to the field, nothing stored
		this.mvc
			.perform(post("/review/records/{id}/return", id).param("version", "0")
				.param("reason", "  ")
				.session(reviewer)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写退回理由")));
		assertThat(state(id)).isEqualTo("PENDING");

		this.mvc
			.perform(post("/review/records/{id}/return", id).param("version", "0")
				.param("reason", "请补充曝光的案件名单")
				.session(reviewer)
				.with(csrf()))
			.andExpect(status().isFound());
		assertThat(state(id)).isEqualTo("RETURNED");

		// the reporter sees it on the home page with the reason
		this.mvc.perform(get("/").session(guigang))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请补充曝光的案件名单")))
			.andExpect(content().string(containsString("贵港市曝光违法案件（初稿）")));

		// fixes it: back to review
		this.mvc
			.perform(post("/records/{id}", id).param("activityDate", this.fixtures.today().toString())
				.param("title", "贵港市曝光违法案件（附名单）")
				.param("version", "1")
				.session(guigang)
				.with(csrf()))
			.andExpect(status().isFound());
		assertThat(state(id)).isEqualTo("PENDING");
		this.mvc.perform(get("/").session(guigang)).andExpect(content().string(not(containsString("请补充曝光的案件名单"))));

		this.mvc.perform(post("/review/records/{id}/approve", id).param("version", "2").session(reviewer).with(csrf()))
			.andExpect(status().isFound());
		assertThat(state(id)).isEqualTo("APPROVED");

		// the history stays on the record
		assertThat(this.jdbc.queryForList("select action from record_decision where record_id = ? order by id",
				String.class, id))
			.containsExactly("RETURNED", "RESUBMITTED", "APPROVED");
		this.mvc.perform(get("/records/{id}", id).session(guigang))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("退回修改")))
			.andExpect(content().string(containsString("请补充曝光的案件名单")))
			.andExpect(content().string(containsString("修改后重新提交")))
			.andExpect(content().string(containsString("审核通过")));
		assertThat(this.jdbc.queryForList(
				"select action from audit_event where entity_type = 'record' and entity_id = ? order by id",
				String.class, id.toString()))
			.containsSubsequence("RECORD_RETURNED", "RECORD_RESUBMITTED", "RECORD_APPROVED");
		// approved is final for the reporter
		this.mvc
			.perform(post("/records/{id}", id).param("activityDate", this.fixtures.today().toString())
				.param("title", "再改")
				.param("version", "3")
				.session(guigang)
				.with(csrf()))
			.andExpect(status().isOk());
		assertThat(state(id)).isEqualTo("APPROVED");
	}

	@Test
	void bulkApprovalIsAllOrNothing() throws Exception {
		var a = newRecord("laibin", "来宾市批量一");
		var b = newRecord("laibin", "来宾市批量二");
		var c = newRecord("laibin", "来宾市批量三");
		var reviewer = signIn(this.mvc, "reviewer");
		this.mvc.perform(post("/review/approve").param("items", a + ":0", b + ":0").session(reviewer).with(csrf()))
			.andExpect(status().isFound());
		assertThat(state(a)).isEqualTo("APPROVED");
		assertThat(state(b)).isEqualTo("APPROVED");
		// one stale item: nothing of the batch is stored
		this.mvc.perform(post("/review/approve").param("items", c + ":0", a + ":0").session(reviewer).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("另一位审核人已先处理了这条记录")));
		assertThat(state(c)).isEqualTo("PENDING");
	}

	@Test
	void aBulkItemThatIsNotIdColonVersionIsA400NamingItAndApprovesNothing() throws Exception {
		var a = newRecord("laibin", "来宾市批量坏项");
		var reviewer = signIn(this.mvc, "reviewer");
		for (var bad : List.of("abc", a + ":", a + ":0:1", a + "-0", a + ":x", "99999999999999999999:0")) {
			this.mvc
				.perform(post("/review/approve").param("items", a + ":0", bad)
					.header("Accept-Language", "zh-CN")
					.session(reviewer)
					.with(csrf()))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString("参数 items 的值无效。")));
			assertThat(state(a)).isEqualTo("PENDING");
		}
	}

	@Test
	void twoReviewersDecidingAtOnceOneWins() throws Exception {
		var id = newRecord("hezhou", "贺州市并发审核");
		var reviewer = this.fixtures.user("reviewer");
		var barrier = new CyclicBarrier(2);
		List<Callable<String>> both = List.of(() -> {
			barrier.await();
			this.decisions.approve(reviewer, id, 0);
			return "approved";
		}, () -> {
			barrier.await();
			this.decisions.returnForCorrection(reviewer, id, 0, "同时退回");
			return "returned";
		});
		var pool = Executors.newFixedThreadPool(2);
		List<String> outcomes = new ArrayList<>();
		try {
			List<Future<String>> futures = new ArrayList<>();
			for (var task : both) {
				futures.add(pool.submit(task));
			}
			for (var future : futures) {
				try {
					outcomes.add(future.get());
				}
				catch (ExecutionException ex) {
					assertThat(ex.getCause()).isInstanceOf(ObjectOptimisticLockingFailureException.class);
					outcomes.add("conflict");
				}
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(outcomes).containsOnlyOnce("conflict");
		var winner = outcomes.stream().filter(o -> !o.equals("conflict")).findFirst().orElseThrow();
		assertThat(state(id)).isEqualTo(winner.equals("approved") ? "APPROVED" : "RETURNED");
		assertThat(
				this.jdbc.queryForObject("select count(*) from record_decision where record_id = ?", Integer.class, id))
			.isEqualTo(1);

		// the loser, through the page: a clear conflict message
		this.mvc
			.perform(post("/review/records/{id}/approve", id).param("version", "0")
				.session(signIn(this.mvc, "reviewer"))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("您的决定没有保存")));
	}

	@Test
	void theRegionReviewsItsCitiesOnlyAndNothingElse() throws Exception {
		var city = newRecord("chongzuo", "崇左市待审");
		var region = newRecord("guangxi", "自治区自己的记录", "2.R.1");
		var reviewer = this.fixtures.user("reviewer");
		var rows = this.queue.queue(reviewer, QueueFilter.NONE);
		assertThat(rows).extracting(r -> r.id()).contains(city).doesNotContain(region);
		assertThat(rows).allSatisfy(r -> assertThat(r.unit().level().name()).isEqualTo("CITY"));
		assertThat(rows).isSortedAccordingTo(Comparator.comparing(r -> r.waitingSince()));
		assertThat(this.queue.pendingCount(reviewer)).isEqualTo(this.jdbc.queryForObject("""
				select count(*) from activity_record r join unit u on u.id = r.unit_id
				where r.state = 'PENDING' and u.level = 'CITY'""", Long.class));
		assertThat(this.queue.queue(reviewer, new QueueFilter("chongzuo", "2.C.2", null, null, null)))
			.extracting(r -> r.unit().code())
			.containsOnly("chongzuo");

		var session = signIn(this.mvc, "reviewer");
		// the region's own record is in scope but not the reviewer's to decide
		this.mvc
			.perform(post("/review/records/{id}/approve", region).param("version", "0").session(session).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(state(region)).isEqualTo("PENDING");
		// a reporter has no queue and decides nothing
		var nanning = signIn(this.mvc, "nanning");
		this.mvc.perform(get("/review").session(nanning)).andExpect(status().isForbidden());
		this.mvc.perform(post("/review/records/{id}/approve", city).param("version", "0").session(nanning).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(state(city)).isEqualTo("PENDING");
		// the badge in the navigation
		this.mvc.perform(get("/").session(session)).andExpect(content().string(containsString("id=\"review-count\"")));
		// it is kept until a record changes, then counted again
		long before = this.queue.pendingCount(reviewer);
		assertThat(this.queue.pendingCount(reviewer)).isEqualTo(before);
		newRecord("hezhou", "贺州市待审");
		assertThat(this.queue.pendingCount(reviewer)).isEqualTo(before + 1);
	}

	@Test
	@Transactional
	void aCityReviewerReviewsItsCountiesNotOtherCities() {
		this.jdbc
			.update("""
					insert into unit (code, name, level, parent_id, path, sort_order)
					select 'xingning', '兴宁区', 'COUNTY', id, '/guangxi/nanning/xingning/', 1 from unit where code = 'nanning'""");
		var cityReviewer = this.users.create(
				new Users.NewUser("nanning-reviewer", "南宁市审核员", null, "password-1", "nanning", Set.of(Role.REVIEWER)),
				"test");
		var county = this.jdbc.queryForObject("""
				insert into activity_record (obligation_id, unit_id, activity_date, title, state, created_by)
				select ?, u.id, ?, '兴宁区的记录', 'PENDING', a.id from unit u, app_user a
				where u.code = 'xingning' and a.username = 'nanning' returning id""", Long.class,
				this.fixtures.obligation("2.C.2"), this.fixtures.today());
		var liuzhou = newRecord("liuzhou", "柳州市的记录（城市审核员不可见）");
		var rows = this.queue.queue(cityReviewer, QueueFilter.NONE);
		assertThat(rows).extracting(r -> r.id()).containsExactly(county);
		assertThat(this.queue.pendingCount(cityReviewer)).isEqualTo(1);
		// the region reviewer does not review counties
		assertThat(this.queue.queue(this.fixtures.user("reviewer"), QueueFilter.NONE)).extracting(r -> r.id())
			.doesNotContain(county);
		// another city's record: not found for the city reviewer
		Assertions.assertThatThrownBy(() -> this.decisions.approve(cityReviewer, liuzhou, 0))
			.isInstanceOf(NotFoundException.class);
		this.decisions.approve(cityReviewer, county, 0);
		assertThat(state(county)).isEqualTo("APPROVED");
	}

	private String state(Long id) {
		return this.jdbc.queryForObject("select state from activity_record where id = ?", String.class, id);
	}

	private Long newRecord(String unit, String title) {
		return newRecord(unit, title, "2.C.2");
	}

	private Long newRecord(String unit, String title, String obligation) {
		var reporter = (unit.equals("guangxi")) ? "guangxi" : unit;
		var draft = new RecordDraft(this.fixtures.today(), title, null, List.of(), null, null, null, null);
		return this.keeping.create(this.fixtures.user(reporter), this.fixtures.obligation(obligation), draft, List.of(),
				null);
	}

}
