package com.tasktable.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import com.tasktable.Html;
import com.tasktable.IntegrationTest;
import com.tasktable.campaigns.Campaigns;
import com.tasktable.compliance.Frequency;
import com.tasktable.compliance.ItemState;
import com.tasktable.compliance.Scoring;
import com.tasktable.compliance.Status;
import com.tasktable.dashboards.ComplianceMatrices;
import com.tasktable.platform.RejectedException;
import com.tasktable.records.RecordFixtures;
import com.tasktable.review.Exemptions;
import com.tasktable.review.Ratings;
import com.tasktable.units.UnitScope;
import com.tasktable.units.Units;
import net.ttddyy.dsproxy.QueryCountHolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.annotation.Transactional;

import static com.tasktable.records.RecordFixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Scores and rankings on the demo data: the API, the pages, exemptions and ratings
 * feeding the engine, and a constant number of statements.
 */
@IntegrationTest
class RankingTests {

	static final String OLD = "guangxi-2018-2020";

	@Autowired
	MockMvc mvc;

	@Autowired
	Scores scores;

	@Autowired
	Exemptions exemptions;

	@Autowired
	Ratings ratings;

	@Autowired
	ComplianceMatrices matrices;

	@Autowired
	RecordFixtures fixtures;

	@Autowired
	Units units;

	@Autowired
	Campaigns campaigns;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectMapper json;

	@AfterEach
	void forgetTestUnits() {
		this.campaigns.evictCaches();
	}

	@Test
	void theApiRanksTheFourteenCitiesWithTheirLostPoints() throws Exception {
		var body = this.mvc
			.perform(get("/api/v1/rankings").param("campaign", OLD)
				.param("year", "2019")
				.param("month", "5")
				.with(httpBasic("reviewer", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode ranking = this.json.readTree(body);
		assertThat(ranking.get("year").asInt()).isEqualTo(2019);
		assertThat(ranking.get("month").asInt()).isEqualTo(5);
		var rows = ranking.get("rows");
		assertThat(rows).hasSize(14);
		Integer previousRank = null;
		BigDecimal previousScore = null;
		for (int i = 0; i < rows.size(); i++) {
			var row = rows.get(i);
			var score = new BigDecimal(row.get("score").asText());
			int rank = row.get("rank").asInt();
			var lost = BigDecimal.ZERO;
			for (var points : row.get("lost")) {
				lost = lost.add(new BigDecimal(points.asText()));
			}
			// what a unit scored and what it lost make 100, within rounding
			assertThat(score.add(lost).subtract(BigDecimal.valueOf(100)).abs())
				.isLessThanOrEqualTo(new BigDecimal("0.15"));
			if (previousScore != null) {
				assertThat(score).isLessThanOrEqualTo(previousScore);
				// ties share a rank; otherwise the rank is the position
				assertThat(rank).isEqualTo(score.compareTo(previousScore) == 0 ? previousRank : i + 1);
			}
			previousRank = rank;
			previousScore = score;
		}
		// the page says the same
		var first = rows.get(0);
		this.mvc
			.perform(get("/rankings").param("campaign", OLD)
				.param("year", "2019")
				.param("month", "5")
				.session(signIn(this.mvc, "reviewer")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(first.get("unitName").asText())))
			.andExpect(content().string(containsString(first.get("score").asText())));
		// a reporter has no ranking of other cities
		this.mvc.perform(get("/api/v1/rankings").param("campaign", OLD).with(httpBasic("nanning", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"rows\":[]")));
	}

	@Test
	void aSharedRankSaysSoOnThePage() throws Exception {
		var reviewer = signIn(this.mvc, "reviewer");
		var scope = UnitScope.of(this.units.byCode("guangxi"));
		for (int month = 1; month <= 12; month++) {
			var table = this.scores.ranking(scope, OLD, new ScoreSpan(2019, month));
			var page = this.mvc
				.perform(get("/rankings").param("campaign", OLD)
					.param("year", "2019")
					.param("month", String.valueOf(month))
					.session(reviewer))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).contains("得分相同的单位名次相同（并列）");
			for (var row : table.rows()) {
				var cell = Html.text(Html.element(page, "rank-" + row.unit().code())).split(" ")[0];
				var shared = table.rows()
					.stream()
					.filter(r -> row.rank() != null && row.rank().equals(r.rank()))
					.count();
				assertThat(cell)
					.isEqualTo((row.rank() == null) ? "—" : (shared > 1) ? row.rank() + "（并列）" : row.rank().toString());
				assertThat(table.tied(row)).isEqualTo(shared > 1);
			}
		}
	}

	@Test
	void aUnitsScorePageListsEachItemAndSaysWhatWasReweighted() throws Exception {
		var score = this.scores.unitScore(region(), OLD, "nanning", new ScoreSpan(2019, 5));
		// May holds monthly and weekly periods only: quarterly, two-monthly and yearly
		// items
		// are re-weighted over the rest
		assertThat(score.score().reweighted()).isTrue();
		assertThat(item(score, "1.C.1").state()).isEqualTo(ItemState.NOTHING_DUE);
		assertThat(item(score, "2.C.2").state()).isEqualTo(ItemState.SCORED);
		var effective = score.score()
			.items()
			.stream()
			.filter(i -> i.effectiveWeight() != null)
			.map(i -> i.effectiveWeight())
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(effective.subtract(BigDecimal.valueOf(100)).abs()).isLessThanOrEqualTo(new BigDecimal("0.05"));
		this.mvc
			.perform(get("/scores/nanning").param("campaign", OLD)
				.param("year", "2019")
				.param("month", "5")
				.session(signIn(this.mvc, "nanning")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("其权重已按比例分配给其余项目")))
			.andExpect(content().string(containsString("本期无考核，不计分")))
			.andExpect(content().string(containsString(score.score().total().toPlainString())));
		// another city's score is not the reporter's to see
		this.mvc.perform(get("/scores/liuzhou").param("campaign", OLD).session(signIn(this.mvc, "nanning")))
			.andExpect(status().isNotFound());
	}

	@Test
	void anExemptedMonthIsExemptOnTheDashboardAndLeftOutOfTheScore() {
		var month = this.fixtures.today().withDayOfMonth(1).minusMonths(2);
		var span = new ScoreSpan(month.getYear(), month.getMonthValue());
		var live = this.fixtures.live().code();
		assertThat(item(this.scores.unitScore(region(), live, "qinzhou", span), "2.C.2").state())
			.isEqualTo(ItemState.SCORED);
		var reviewer = this.fixtures.user("reviewer");
		var period = this.exemptions.grant(reviewer, live, "qinzhou", "2.C.2", month.plusDays(3), "暴雨停工，免于考核");
		assertThat(period).isEqualTo(Frequency.MONTH.periodContaining(month));
		assertThat(item(this.scores.unitScore(region(), live, "qinzhou", span), "2.C.2").state())
			.isEqualTo(ItemState.EXEMPT);
		var matrix = this.matrices.matrix(region(), live, Frequency.QUARTER.periodContaining(month), o -> true);
		var block = matrix.blocks().stream().filter(b -> b.level().name().equals("CITY")).findFirst().orElseThrow();
		var column = block.obligations().stream().map(o -> o.code()).toList().indexOf("2.C.2");
		var row = block.rows().stream().filter(r -> r.unit().code().equals("qinzhou")).findFirst().orElseThrow();
		assertThat(row.cells().get(column).evaluations()).anySatisfy(e -> {
			assertThat(e.period()).isEqualTo(period);
			assertThat(e.status()).isEqualTo(Status.EXEMPT);
		});
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where action = 'EXEMPTION_GRANTED'",
				Integer.class))
			.isPositive();
		// twice the same period: refused
		assertThatThrownBy(() -> this.exemptions.grant(reviewer, live, "qinzhou", "2.C.2", month, "again"))
			.isInstanceOf(RejectedException.class);
	}

	@Test
	void theDemoRatesEveryCityForEveryYearThatIsOver() {
		var opinion = item(this.scores.unitScore(region(), OLD, "nanning", new ScoreSpan(2019, null)), "4.C.1");
		assertThat(opinion.state()).isEqualTo(ItemState.SCORED);
		assertThat(opinion.rating()).isBetween(60, 100);
		assertThat(this.jdbc.queryForObject("""
				select count(*) from rating r join obligation o on o.id = r.obligation_id
				join campaign c on c.id = o.campaign_id where c.code = ?""", Integer.class, OLD)).isEqualTo(3 * 14);
	}

	@Test
	void theYearlyRatingIsTheFulfilmentOfRowFour() throws Exception {
		var live = this.fixtures.live();
		int year = this.fixtures.today().getYear() - 1;
		var reviewer = this.fixtures.user("reviewer");
		this.ratings.rate(reviewer, live.code(), "4.C.1", "wuzhou", year, 80, "响应及时，个别舆情处置偏慢");
		var score = this.scores.unitScore(region(), live.code(), "wuzhou", new ScoreSpan(year, null));
		var opinion = item(score, "4.C.1");
		assertThat(opinion.rating()).isEqualTo(80);
		assertThat(opinion.fulfilment()).isEqualByComparingTo("0.8");
		assertThat(opinion.lost()).isEqualByComparingTo(
				opinion.effectiveWeight().multiply(new BigDecimal("0.2")).setScale(2, RoundingMode.HALF_UP));
		// the page's validation: out of range, next to the field, nothing stored
		this.mvc
			.perform(MockMvcRequestBuilders.post("/review/ratings")
				.param("campaign", live.code())
				.param("year", Integer.toString(year))
				.param("obligation", "4.C.1")
				.param("unit", "wuzhou")
				.param("score", "101")
				.session(signIn(this.mvc, "reviewer"))
				.with(SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("评分应在 0 到 100 之间")));
		assertThat(this.jdbc.queryForObject("""
				select score from rating r join unit u on u.id = r.unit_id
				where u.code = 'wuzhou' and r.obligation_id = ? and r.period_start = ?""", Integer.class,
				this.fixtures.obligation("4.C.1"), LocalDate.of(year, 1, 1)))
			.isEqualTo(80);
		this.mvc
			.perform(get("/review/ratings").param("campaign", live.code())
				.param("year", Integer.toString(year))
				.session(signIn(this.mvc, "reviewer")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("响应及时，个别舆情处置偏慢")));
	}

	@Test
	void thePagesSpeakEnglishAndStayWithReviewersAndAdministrators() throws Exception {
		var reviewer = signIn(this.mvc, "reviewer");
		this.mvc
			.perform(get("/bulletin").param("campaign", OLD)
				.param("year", "2019")
				.param("month", "6")
				.param("lang", "en")
				.session(reviewer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ranking bulletin for 2019-6")))
			// June 2019 has ties at the top in the demo: the words name the places, not
			// "three"
			.andExpect(content().string(containsString("first three places this period (with ties, ")))
			.andExpect(content().string(containsString("joint 1st: ")));
		this.mvc.perform(get("/rankings").param("campaign", OLD).param("year", "2019").session(reviewer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2019 年度")));
		this.mvc.perform(get("/rankings").session(signIn(this.mvc, "nanning"))).andExpect(status().isForbidden());
		// a year outside the campaign is a 400 naming it, not another year
		this.mvc.perform(get("/rankings").param("campaign", OLD).param("year", "2030").session(reviewer))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/v3/api-docs").session(reviewer))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/api/v1/rankings")));
	}

	@Test
	void theTrendsPageReadsTheSameFactsAsTheMatrix() throws Exception {
		this.mvc.perform(get("/dashboard/trends").param("campaign", OLD).session(signIn(this.mvc, "reviewer")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("南宁市")));
	}

	@Test
	void rankingsCostThreeStatementsForFourteenCities() {
		var counted = statements();
		assertThat(counted).as("units in scope, records with exemptions and ratings, directive assignments")
			.isEqualTo(3);
	}

	@Test
	@Transactional
	void rankingsCostThreeStatementsForThreeHundredCities() {
		this.jdbc.update("""
				insert into unit (code, name, level, parent_id, path, sort_order)
				select 'city-' || n, '测试市' || n, 'CITY', g.id, '/guangxi/city-' || n || '/', 100 + n
				from generate_series(1, 286) as n cross join unit g where g.code = 'guangxi'""");
		this.campaigns.evictCaches();
		assertThat(statements()).isEqualTo(3);
		assertThat(this.scores.ranking(region(), OLD, new ScoreSpan(2019, 5)).rows()).hasSize(300);
	}

	private long statements() {
		var region = region();
		this.scores.ranking(region, OLD, new ScoreSpan(2019, 5));
		QueryCountHolder.clear();
		this.scores.ranking(region, OLD, new ScoreSpan(2019, 5));
		return QueryCountHolder.getGrandTotal().getTotal();
	}

	private UnitScope region() {
		return UnitScope.of(this.units.byCode("guangxi"));
	}

	private static Scoring.ItemScore item(UnitScore score, String code) {
		return score.score().items().stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
	}

}
