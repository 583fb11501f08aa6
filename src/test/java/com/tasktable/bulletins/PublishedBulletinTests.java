package com.tasktable.bulletins;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.tasktable.HistoryConfirmations;
import com.tasktable.Html;
import com.tasktable.campaigns.Campaigns;
import com.tasktable.campaigns.ObligationView;
import com.tasktable.campaigns.web.AdminRequests;
import com.tasktable.platform.NotFoundException;
import com.tasktable.scoring.ScoreSpan;
import com.tasktable.units.UnitLevel;
import com.tasktable.units.UnitScope;
import com.tasktable.units.UnitView;
import com.tasktable.units.Units;
import com.tasktable.users.CurrentUser;
import com.tasktable.users.Role;
import com.tasktable.users.Users;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static com.tasktable.records.RecordFixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Publishing bulletins on 5 December 2020 in the 2018–2020 campaign: stored as issued and
 * served byte for byte whatever changes later, numbered, corrected, warned about, and
 * never changed in the database. Each test publishes its own months.
 */
@BulletinTest
class PublishedBulletinTests {

	static final String CAMPAIGN = "guangxi-2018-2020";

	/** 10:00 in Guangxi on 15 December 2020: November's grace days are over. */
	static final Instant DECEMBER_15 = Instant.parse("2020-12-15T02:00:00Z");

	static final LocalDate NOVEMBER = LocalDate.of(2020, 11, 1);

	static final BigDecimal TWO = new BigDecimal("2");

	static final Pattern NUMBER = Pattern.compile("桂环宣〔2020〕(\\d+)号");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Units units;

	@Autowired
	Campaigns campaigns;

	@Autowired
	PublishedBulletins bulletins;

	@Autowired
	BulletinTest.Today today;

	/**
	 * On 15 December 2020, November is past its grace days: the bulletin has losses. A
	 * record approved, weights moved and 2.C.2 made two-monthly, all from 1 November,
	 * change today's computation but not one byte of what was published; the template and
	 * weights changes are refused until confirmed, and the template's impact page lists
	 * the cells it re-judges and the bulletin it contradicts.
	 */
	@Test
	void novemberStaysAsIssuedWhenARecordAWeightAndATemplateChangeAfterwards() throws Exception {
		this.today.moveTo(DECEMBER_15);
		try {
			november();
		}
		finally {
			this.today.reset();
		}
	}

	private void november() throws Exception {
		var reviewer = signIn(this.mvc, "reviewer");
		var id = publish(reviewer, 2020, 11, true);
		var page = body(get("/bulletins/{id}", id), reviewer);
		var article = article(page);
		var pdf = bytes(get("/bulletins/{id}/bulletin.pdf", id), reviewer);
		var xlsx = bytes(get("/bulletins/{id}/bulletin.xlsx", id), reviewer);
		var json = body(get("/api/v1/bulletins/{id}", id), basic("reviewer"));
		assertThat(page).contains("发布后的数据变化", "按今天的数据重新计算，与发布时一致");
		var number = this.bulletins.get(reviewer(), id).number();
		assertThat(number).matches(NUMBER);
		var region = this.units.byCode("guangxi").name();
		assertThat(article).contains(number, region, "2020年12月15日", "2020 年 11 月考核排名通报");
		// the heading of an official notice: the issuing unit over the number, then its
		// signature and date
		assertThat(Html.text(article, "bulletin-masthead")).isEqualTo(region + " " + number);
		assertThat(Html.text(article, "bulletin-signature")).isEqualTo(region + " 2020年12月15日");
		assertThat(article).doesNotContain("id=\"bulletin-issue\"");
		try (var document = Loader.loadPDF(pdf)) {
			var text = new PDFTextStripper().getText(document);
			assertThat(text).contains(number, region, "2020年12月15日");
			assertThat(text.indexOf(region)).isLessThan(text.indexOf(number));
			assertThat(text.indexOf(number)).isLessThan(text.indexOf("2020 年 11 月考核排名通报"));
			assertThat(text.lastIndexOf(region)).isGreaterThan(text.indexOf("2020 年 11 月考核排名通报"));
		}
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).contains(number, region,
					"2020-12-15");
		}
		var campaignId = this.campaigns.get(root(), CAMPAIGN).id();
		assertThat(this.bulletins.publishedCovering(campaignId, LocalDate.of(2020, 11, 15)))
			.extracting(PublishedBulletinRef::id)
			.contains(id);
		assertThat(this.bulletins.publishedCovering(campaignId, LocalDate.of(2020, 12, 1)))
			.extracting(PublishedBulletinRef::id)
			.doesNotContain(id);
		var snapshot = this.bulletins.get(reviewer(), id).snapshot();
		assertThat(snapshot.lossColumns()).as("November is decided: some city lost points").isNotEmpty();

		// a pending November record approved
		var pending = this.jdbc.queryForMap("""
				select r.id, r.version from activity_record r join unit u on u.id = r.unit_id
				join unit p on p.id = u.parent_id
				where p.code = 'guangxi' and r.state = 'PENDING'
				  and r.activity_date between date '2020-11-01' and date '2020-11-30'
				order by r.id limit 1""");
		this.mvc
			.perform(post("/review/records/{id}/approve", pending.get("id"))
				.param("version", pending.get("version").toString())
				.session(reviewer)
				.with(csrf()))
			.andExpect(status().isFound());

		// weights moved from 1 November: guarded, confirmed with a reason
		var lost = snapshot.lossColumns().get(0).code();
		var city = cityObligations();
		var other = city.stream()
			.filter(o -> !o.code().equals(lost) && weight(o).compareTo(new BigDecimal("3")) >= 0)
			.findFirst()
			.orElseThrow();
		var admin = signIn(this.mvc, "admin");
		HistoryConfirmations.confirmed(this.mvc, weights(admin, cityObligations(), lost, other.code(), TWO))
			.andExpect(status().isFound());

		// 2.C.2 every two months from 1 November: refused, its impact shown, then
		// confirmed
		var exposure = exposure();
		var frequency = exposure.termsOn(NOVEMBER).frequency();
		assertThat(frequency).hasToString("MONTH");
		var revise = AdminRequests.revise(exposure.id(), exposure.termsOn(NOVEMBER), NOVEMBER,
				AdminRequests.lockVersion(this.jdbc, exposure.id()), admin, Map.of("frequency", "TWO_MONTHS"));
		var impact = this.mvc.perform(revise)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(exposure().termsOn(NOVEMBER).frequency()).as("refused until confirmed").isEqualTo(frequency);
		assertThat(Html.bodyRows(Html.element(impact, "history-cells"))).isNotEmpty()
			.allSatisfy(cell -> assertThat(Html.text(cell)).contains("2.C.2", "2020-Q4"));
		assertThat(Html.text(Html.element(impact, "history-bulletins"))).contains(number, "2020-11");
		this.mvc
			.perform(revise.param("confirmDigest", HistoryConfirmations.digest(impact))
				.param("confirmReason", "更正：自2020年11月起按两个月一次曝光"))
			.andExpect(status().isFound());
		assertThat(exposure().termsOn(NOVEMBER).frequency()).hasToString("TWO_MONTHS");
		assertThat(this.jdbc.queryForObject("""
				select details::text from audit_event where action = 'OBLIGATION_REVISED' and entity_id = ?
				order by id desc limit 1""", String.class, exposure.id().toString())).contains("更正：自2020年11月起按两个月一次曝光",
				number);

		// the bulletin as issued, byte for byte; its page lists what changed since
		assertThat(article(body(get("/bulletins/{id}", id), reviewer))).isEqualTo(article);
		assertThat(bytes(get("/bulletins/{id}/bulletin.pdf", id), reviewer)).isEqualTo(pdf);
		assertThat(bytes(get("/bulletins/{id}/bulletin.xlsx", id), reviewer)).isEqualTo(xlsx);
		assertThat(body(get("/api/v1/bulletins/{id}", id), basic("reviewer"))).isEqualTo(json);
		var differences = this.bulletins.differences(this.bulletins.get(reviewer(), id));
		assertThat(differences).extracting(Difference::figure).contains("SCORE", "LOST");
		assertThat(differences).filteredOn(d -> d.figure().equals("LOST"))
			.extracting(Difference::item)
			.contains(lost, "2.C.2");
		var after = body(get("/bulletins/{id}", id), reviewer);
		assertThat(after).contains("发布后有 " + differences.size() + " 项数据发生变化", "发布时", "今天", lost + " 失分");
		assertThat(this.jdbc.queryForObject(
				"select details::text from audit_event where action = 'BULLETIN_PUBLISHED' and entity_id = ?",
				String.class, id.toString()))
			.contains(number, "2020-11", "pdfSha256");

		// the template and weights as they were, for the other tests of this context
		var back = exposure();
		HistoryConfirmations
			.confirmed(this.mvc, AdminRequests.revise(back.id(), back.termsOn(NOVEMBER), NOVEMBER,
					AdminRequests.lockVersion(this.jdbc, back.id()), admin, Map.of("frequency", frequency.name())))
			.andExpect(status().isFound());
		HistoryConfirmations.confirmed(this.mvc, weights(admin, cityObligations(), lost, other.code(), TWO.negate()))
			.andExpect(status().isFound());
	}

	@Test
	void numbersFollowTheCampaignsPatternOnePerPublication() throws Exception {
		var reviewer = signIn(this.mvc, "reviewer");
		var august = this.bulletins.get(reviewer(), publish(reviewer, 2020, 8, true)).number();
		var september = this.bulletins.get(reviewer(), publish(reviewer, 2020, 9, true)).number();
		var year = this.bulletins.get(reviewer(), publish(reviewer, 2019, null, true));
		assertThat(sequence(september)).isEqualTo(sequence(august) + 1);
		assertThat(sequence(year.number())).isEqualTo(sequence(september) + 1);
		assertThat(year.snapshot().month()).isNull();
		assertThat(year.snapshot().title()).contains("2019 年度考核总排名通报");
		assertThat(this.jdbc.queryForObject("""
				select last_sequence from bulletin_number_counter
				where pattern = '桂环宣〔{year}〕{seq}号' and year = 2020""", Integer.class))
			.isGreaterThanOrEqualTo(sequence(year.number()));

		var admin = signIn(this.mvc, "admin");
		this.mvc.perform(get("/admin/campaigns/{c}/edit", CAMPAIGN).session(admin))
			.andExpect(content().string(containsString("桂环宣〔{year}〕{seq}号")));
		var version = this.jdbc.queryForObject("select version from campaign where code = ?", Long.class, CAMPAIGN);
		this.mvc
			.perform(post("/admin/campaigns/{c}/edit", CAMPAIGN).param("name", "x")
				.param("startDate", "2018-01-01")
				.param("endDate", "2020-12-31")
				.param("rootUnitCode", "guangxi")
				.param("timeZone", "Asia/Shanghai")
				.param("lateAfterDays", "10")
				.param("lockAfterDays", "30")
				.param("bulletinNumberPattern", "桂环宣〔{year}〕号")
				.param("version", version.toString())
				.session(admin)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("须含一个 {seq}")));
		this.mvc.perform(get("/admin/campaigns/new").session(admin))
			.andExpect(content().string(containsString("通报〔{year}〕{seq}号")));
	}

	@Test
	void twoPublicationsAtOnceGetTwoNumbersFromTheDatabase() throws Exception {
		var executor = Executors.newFixedThreadPool(2);
		try {
			var start = new CountDownLatch(1);
			List<Future<Long>> published = new ArrayList<>();
			for (int month : new int[] { 3, 4 }) {
				published.add(executor.submit(() -> {
					start.await();
					return asReviewer(() -> this.publishing.publish(reviewer(), CAMPAIGN, new ScoreSpan(2020, month),
							true, null, null));
				}));
			}
			start.countDown();
			var march = this.bulletins.get(reviewer(), published.get(0).get()).number();
			var april = this.bulletins.get(reviewer(), published.get(1).get()).number();
			assertThat(Math.abs(sequence(march) - sequence(april))).isOne();
		}
		finally {
			executor.shutdownNow();
		}
	}

	@Test
	void aCorrectionNamesTheBulletinItCorrectsWhichStaysAsIssued() throws Exception {
		var reviewer = signIn(this.mvc, "reviewer");
		var july = publish(reviewer, 2020, 7, true);
		var original = article(body(get("/bulletins/{id}", july), reviewer));
		form(reviewer, 2020, 7, true, null, null).andExpect(status().isOk())
			.andExpect(content().string(containsString("本期通报已发布")));
		form(reviewer, 2020, 7, true, july, " ").andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写更正原因")));
		form(reviewer, 2020, 6, true, july, "wrong period").andExpect(status().isOk())
			.andExpect(content().string(containsString("须与原通报的任务表和考核期间相同")));
		this.mvc.perform(get("/bulletins/publish").param("corrects", july.toString()).session(reviewer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("发布更正通报")));
		var location = form(reviewer, 2020, 7, true, july, "南宁市 7 月记录审核有误").andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		var correction = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
		var old = this.bulletins.get(reviewer(), july);
		var corrected = this.bulletins.get(reviewer(), correction);
		assertThat(corrected.corrects().id()).isEqualTo(july);
		assertThat(old.correctedBy().id()).isEqualTo(correction);
		assertThat(corrected.number()).isNotEqualTo(old.number());
		var oldPage = body(get("/bulletins/{id}", july), reviewer);
		assertThat(article(oldPage)).isEqualTo(original);
		assertThat(oldPage).contains("本通报已被 " + corrected.number() + " 更正", "corrected-by-link");
		assertThat(body(get("/bulletins/{id}", correction), reviewer)).contains("corrects-link", old.number(),
				"南宁市 7 月记录审核有误");
		form(reviewer, 2020, 7, true, july, "again").andExpect(status().isOk())
			.andExpect(content().string(containsString("该通报已被更正")));
		assertThat(body(get("/bulletins").param("campaign", CAMPAIGN), reviewer)).contains(old.number(),
				corrected.number(), "已被 " + corrected.number() + " 更正", "更正 " + old.number());
	}

	@Test
	void publishingWarnsOfPendingRecordsAndPeriodsInsideTheirGraceDays() throws Exception {
		var reviewer = signIn(this.mvc, "reviewer");
		var preview = this.publishingPreview(2020, 11);
		var warnings = preview.warnings();
		var pendingInNovember = this.jdbc.queryForObject("""
				select count(*) from activity_record r join unit u on u.id = r.unit_id
				join unit p on p.id = u.parent_id
				where p.code = 'guangxi' and r.state = 'PENDING'
				  and r.activity_date between ? and ?""", Long.class, warnings.pendingFrom(), warnings.pendingTo());
		assertThat(warnings.pendingRecords()).isPositive().isLessThanOrEqualTo(pendingInNovember);
		assertThat(warnings.pendingTo()).isEqualTo(LocalDate.of(2020, 11, 30));
		assertThat(warnings.inGrace())
			.extracting(PublishingWarnings.GracePeriod::key, PublishingWarnings.GracePeriod::until)
			.contains(Tuple.tuple("2020-11", LocalDate.of(2020, 12, 10)));
		assertThat(warnings.inGrace())
			.allSatisfy(g -> assertThat(g.until()).isAfterOrEqualTo(LocalDate.of(2020, 12, 5)));
		this.mvc
			.perform(get("/bulletins/publish").param("campaign", CAMPAIGN)
				.param("year", "2020")
				.param("month", "11")
				.session(reviewer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("本期还有 " + warnings.pendingRecords() + " 条记录待审核")))
			.andExpect(
					content().string(containsString("/review?from=" + warnings.pendingFrom() + "&amp;to=2020-11-30")))
			.andExpect(content().string(containsString("补录期至 2020-12-10")))
			.andExpect(content().string(containsString("仍然发布")));
		// October's periods are past their grace days
		assertThat(this.publishingPreview(2020, 10).warnings().inGrace()).isEmpty();
		// not confirmed: nothing published; December is not over
		form(reviewer, 2020, 11, false, null, null).andExpect(status().isOk())
			.andExpect(content().string(containsString("请勾选确认后再发布")));
		form(reviewer, 2020, 12, true, null, null).andExpect(status().isOk())
			.andExpect(content().string(containsString("本期尚未结束")));
		assertThat(this.jdbc.queryForObject("select count(*) from published_bulletin where year = 2020 and month = 12",
				Integer.class))
			.isZero();
	}

	@Test
	void theApiListsGetsAndPublishesWithinTheCallersScope() throws Exception {
		var reviewer = SecurityMockMvcRequestPostProcessors.httpBasic("reviewer", "demo");
		var nanning = SecurityMockMvcRequestPostProcessors.httpBasic("nanning", "demo");
		this.mvc
			.perform(post("/api/v1/bulletins").contentType("application/json")
				.content("{\"campaign\":\"" + CAMPAIGN + "\",\"year\":2020,\"month\":11}")
				.with(reviewer))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("\"reason\":\"unconfirmed\"")))
			.andExpect(content().string(containsString("\"pendingRecords\":")))
			.andExpect(content().string(containsString("\"until\":\"2020-12-10\"")));
		this.mvc
			.perform(post("/api/v1/bulletins").contentType("application/json")
				.content("{\"campaign\":\"" + CAMPAIGN + "\",\"year\":2020,\"month\":13,\"confirm\":true}")
				.with(reviewer))
			.andExpect(status().isBadRequest());
		this.mvc
			.perform(post("/api/v1/bulletins").contentType("application/json")
				.content("{\"campaign\":\"" + CAMPAIGN + "\",\"year\":2020,\"month\":5,\"confirm\":true}")
				.with(nanning))
			.andExpect(status().isForbidden());
		var created = this.mvc
			.perform(post("/api/v1/bulletins").contentType("application/json")
				.content("{\"campaign\":\"" + CAMPAIGN + "\",\"year\":2020,\"month\":6,\"confirm\":true}")
				.with(reviewer))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse();
		var location = created.getHeader("Location");
		assertThat(location).matches("/api/v1/bulletins/\\d+");
		this.mvc
			.perform(post("/api/v1/bulletins").contentType("application/json")
				.content("{\"campaign\":\"" + CAMPAIGN + "\",\"year\":2020,\"month\":6,\"confirm\":true}")
				.with(reviewer))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("\"reason\":\"alreadyPublished\"")));
		var id = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
		var bulletin = this.bulletins.get(reviewer(), id);
		var first = bulletin.snapshot().rows().get(0);
		var one = body(get(location), reviewer);
		assertThat(one).contains("\"number\":\"" + bulletin.number() + "\"", "\"period\":\"2020-06\"",
				"\"publishedAt\":\"2020-12-05T02:00:00Z\"", "\"issuingUnit\":{\"code\":\"guangxi\"",
				"{\"rank\":" + first.rank() + ",\"unit\":{\"code\":\"" + first.unitCode() + "\",\"name\":\""
						+ first.unitName() + "\"},\"score\":" + first.score());
		assertThat(body(get("/api/v1/bulletins").param("campaign", CAMPAIGN), reviewer)).contains(bulletin.number());
		// a city reads the bulletins that rank it; a unit neither issuing nor ranked sees
		// none
		assertThat(body(get("/api/v1/bulletins").param("campaign", CAMPAIGN), nanning)).contains(bulletin.number());
		this.mvc.perform(get(location).with(nanning)).andExpect(status().isOk());
		var stranger = new CurrentUser(-1L, "stranger", "stranger",
				new UnitView(-1L, "nowhere", "别处", null, UnitLevel.CITY, null, "/nowhere/", null, null),
				Set.of(Role.REPORTER));
		assertThatThrownBy(() -> this.bulletins.get(stranger, id)).isInstanceOf(NotFoundException.class);
		this.mvc.perform(get("/api/v1/bulletins/{id}", Long.MAX_VALUE).with(reviewer)).andExpect(status().isNotFound());
		// a reporter cannot open the publishing page either
		this.mvc.perform(get("/bulletins/publish").session(signIn(this.mvc, "nanning")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aPublishedBulletinCannotBeChangedOrDeletedInTheDatabase() throws Exception {
		var reviewer = signIn(this.mvc, "reviewer");
		var may = publish(reviewer, 2020, 5, true);
		var before = bytes(get("/bulletins/{id}/bulletin.pdf", may), reviewer);
		assertThatThrownBy(() -> this.jdbc.update("update published_bulletin set number = 'x' where id = ?", may))
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("never changed");
		assertThatThrownBy(() -> this.jdbc.update("update published_bulletin set pdf = '\\x00' where id = ?", may))
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> this.jdbc.update("delete from published_bulletin where id = ?", may))
			.isInstanceOf(DataAccessException.class);
		assertThat(bytes(get("/bulletins/{id}/bulletin.pdf", may), reviewer)).isEqualTo(before);
		assertThat(
				this.jdbc.queryForObject("select pdf_sha256 from published_bulletin where id = ?", String.class, may))
			.isEqualTo(Hashes.sha256(before));
	}

	/**
	 * Ties are worded and the masthead drawn only in what is issued from now on: a
	 * bulletin stored before (no masthead, no rank texts in its snapshot) is drawn as it
	 * was, with its one line of number, unit and date and bare ranks.
	 */
	@Test
	void aBulletinIssuedBeforeTheMastheadIsDrawnAsItWas() throws Exception {
		var reviewer = signIn(this.mvc, "reviewer");
		var january = publish(reviewer, 2020, 1, true);
		var issued = body(get("/bulletins/{id}", january), reviewer);
		assertThat(issued).contains("id=\"bulletin-masthead\"", "id=\"bulletin-signature\"");
		var old = this.jdbc.queryForObject("""
				insert into published_bulletin (campaign_id, issuing_unit_id, year, month, period_start, period_end,
				    number, sequence, published_at, published_by, ranked_unit_ids, snapshot, pdf, pdf_sha256, xlsx,
				    xlsx_sha256)
				select campaign_id, issuing_unit_id, 2018, 12, period_start, period_end, '桂环宣〔2018〕99号', 99,
				       published_at, published_by, ranked_unit_ids,
				       jsonb_set(snapshot - 'masthead', '{rows}',
				           (select jsonb_agg(r - 'rankText') from jsonb_array_elements(snapshot -> 'rows') r))
				         || jsonb_build_object('issue', '桂环宣〔2018〕99号　　发布单位：广西壮族自治区　　发布日期：2019-01-10'),
				       pdf, pdf_sha256, xlsx, xlsx_sha256
				from published_bulletin where id = ? returning id""", Long.class, january);
		var article = article(body(get("/bulletins/{id}", old), reviewer));
		assertThat(Html.text(article, "bulletin-issue")).contains("桂环宣〔2018〕99号", "2019-01-10");
		assertThat(article).doesNotContain("bulletin-masthead", "bulletin-signature", "（并列）");
		assertThat(body(get("/api/v1/bulletins/{id}", old), basic("reviewer"))).contains("桂环宣〔2018〕99号");
	}

	@Autowired
	BulletinPublishing publishing;

	@Autowired
	Users users;

	private BulletinPreview publishingPreview(int year, int month) {
		return asReviewer(() -> this.publishing.preview(reviewer(), CAMPAIGN, new ScoreSpan(year, month), null));
	}

	/**
	 * Calls the publishing service as the demo reviewer (its methods are for reviewers).
	 */
	private static <T> T asReviewer(Supplier<T> call) {
		var auth = new UsernamePasswordAuthenticationToken("reviewer", null,
				List.of(new SimpleGrantedAuthority("ROLE_REVIEWER")));
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(auth);
		SecurityContextHolder.setContext(context);
		try {
			return call.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private CurrentUser reviewer() {
		return this.users.findForLogin("reviewer").orElseThrow().user();
	}

	private UnitScope root() {
		return UnitScope.of(this.units.byCode("guangxi"));
	}

	private Long publish(MockHttpSession session, int year, Integer month, boolean confirmed) throws Exception {
		var location = form(session, year, month, confirmed, null, null).andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/bulletins/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
	}

	private ResultActions form(MockHttpSession session, int year, Integer month, boolean confirmed, Long corrects,
			String note) throws Exception {
		var request = post("/bulletins").param("campaign", CAMPAIGN).param("year", String.valueOf(year));
		if (month != null) {
			request.param("month", month.toString());
		}
		if (confirmed) {
			request.param("confirmed", "true");
		}
		if (corrects != null) {
			request.param("corrects", corrects.toString());
		}
		if (note != null) {
			request.param("correctionNote", note);
		}
		return this.mvc.perform(request.session(session).with(csrf()));
	}

	private String body(MockHttpServletRequestBuilder request, Object auth) throws Exception {
		return this.mvc.perform(with(request, auth))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private byte[] bytes(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
		return this.mvc.perform(request.session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private static RequestPostProcessor basic(String username) {
		return SecurityMockMvcRequestPostProcessors.httpBasic(username, "demo");
	}

	private static MockHttpServletRequestBuilder with(MockHttpServletRequestBuilder request, Object auth) {
		if (auth instanceof MockHttpSession session) {
			return request.session(session);
		}
		return request.with((RequestPostProcessor) auth);
	}

	/** The bulletin as drawn on its page. */
	private static String article(String page) {
		int start = page.indexOf("<article");
		int end = page.indexOf("</article>");
		assertThat(start).isNotNegative();
		return page.substring(start, end);
	}

	private static int sequence(String number) {
		var matcher = NUMBER.matcher(number);
		assertThat(matcher.matches()).as(number).isTrue();
		return Integer.parseInt(matcher.group(1));
	}

	private static BigDecimal weight(ObligationView obligation) {
		return obligation.termsOn(LocalDate.of(2020, 11, 30)).weight();
	}

	/**
	 * The weights form moving {@code points} from {@code from} to {@code to} (negative:
	 * back) from 1 November 2020, as the weights stand now.
	 */
	private MockHttpServletRequestBuilder weights(MockHttpSession admin, List<ObligationView> city, String to,
			String from, BigDecimal points) {
		var request = post("/admin/campaigns/{c}/weights", CAMPAIGN).param("level", "CITY")
			.param("from", NOVEMBER.toString());
		for (var o : city) {
			var w = weight(o);
			if (o.code().equals(to)) {
				w = w.add(points);
			}
			if (o.code().equals(from)) {
				w = w.subtract(points);
			}
			request.param("w[" + o.code() + "]", w.toPlainString());
		}
		return request.session(admin).with(csrf());
	}

	private List<ObligationView> cityObligations() {
		return this.campaigns.taskTable(root(), CAMPAIGN, LocalDate.of(2020, 11, 30))
			.stream()
			.filter(o -> o.level() == UnitLevel.CITY)
			.toList();
	}

	private ObligationView exposure() {
		return cityObligations().stream().filter(o -> o.code().equals("2.C.2")).findFirst().orElseThrow();
	}

}
