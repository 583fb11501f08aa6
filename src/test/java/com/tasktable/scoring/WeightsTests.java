package com.tasktable.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.tasktable.HistoryConfirmations;
import com.tasktable.IntegrationTest;
import com.tasktable.campaigns.ObligationWeights;
import com.tasktable.units.UnitLevel;
import com.tasktable.units.UnitScope;
import com.tasktable.units.Units;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static com.tasktable.records.RecordFixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Weights per level: all at once, summing to exactly 100, audited; admins only. */
@IntegrationTest
class WeightsTests {

	static final String OLD = "guangxi-2018-2020";

	@Autowired
	MockMvc mvc;

	@Autowired
	ObligationWeights weights;

	@Autowired
	Units units;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theSumMustBeExactlyAHundred() {
		var codes = List.of("a", "b", "c");
		assertThat(ObligationWeights.check(codes, Map.of("a", bd("50"), "b", bd("25"), "c", bd("25")))).isEmpty();
		assertThat(ObligationWeights.check(codes, Map.of("a", bd("33.33"), "b", bd("33.33"), "c", bd("33.34"))))
			.isEmpty();
		assertThat(ObligationWeights.check(codes, Map.of("a", bd("33.33"), "b", bd("33.33"), "c", bd("33.33"))))
			.containsOnlyKeys("sum");
		assertThat(ObligationWeights.check(codes, Map.of("a", bd("50"), "b", bd("50.001"), "c", bd("0"))))
			.containsEntry("b", "weights.error.decimals");
		assertThat(ObligationWeights.check(codes, Map.of("a", bd("150"), "b", bd("-50"), "c", bd("0"))))
			.containsEntry("a", "weights.error.range")
			.containsEntry("b", "weights.error.range");
		assertThat(ObligationWeights.check(codes, Map.of("a", bd("100")))).containsKeys("b", "c");
	}

	@Test
	void aWrongSumIsShownNextToTheSumAndNothingIsStored() throws Exception {
		var region = this.weights.ofLevel(root(), OLD, UnitLevel.REGION);
		var form = WeightsForm.of(region);
		form.put(region.get(0).code(), region.get(0).terms().weight().add(new BigDecimal("0.01")).toPlainString());
		var admin = signIn(this.mvc, "admin");
		this.mvc
			.perform(WeightsForm.with(post("/admin/campaigns/{c}/weights", OLD).param("level", "REGION"), form)
				.session(admin)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"sum-error\"")))
			.andExpect(content().string(containsString("权重合计为 100.01，必须恰好为 100")));
		assertThat(this.weights.ofLevel(root(), OLD, UnitLevel.REGION).get(0).terms().weight())
			.isEqualByComparingTo(region.get(0).terms().weight());
	}

	@Test
	void allWeightsOfALevelAreSavedAtOnceAndAudited() throws Exception {
		var region = this.weights.ofLevel(root(), OLD, UnitLevel.REGION);
		var form = WeightsForm.of(region);
		var first = region.get(0).terms().weight();
		var second = region.get(1).terms().weight();
		form.put(region.get(0).code(), first.add(BigDecimal.ONE).toPlainString());
		form.put(region.get(1).code(), second.subtract(BigDecimal.ONE).toPlainString());
		var admin = signIn(this.mvc, "admin");
		this.mvc.perform(get("/admin/campaigns/{c}/weights", OLD).param("level", "REGION").session(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("100.00")));
		HistoryConfirmations
			.confirmed(this.mvc,
					WeightsForm.with(post("/admin/campaigns/{c}/weights", OLD).param("level", "REGION"), form)
						.session(admin)
						.with(csrf()))
			.andExpect(status().isFound());
		var after = this.weights.ofLevel(root(), OLD, UnitLevel.REGION);
		assertThat(after.get(0).terms().weight()).isEqualByComparingTo(first.add(BigDecimal.ONE));
		assertThat(after.get(1).terms().weight()).isEqualByComparingTo(second.subtract(BigDecimal.ONE));
		assertThat(after.stream().map(o -> o.terms().weight()).reduce(BigDecimal.ZERO, BigDecimal::add))
			.isEqualByComparingTo("100");
		assertThat(this.jdbc.queryForObject(
				"select details::text from audit_event where action = 'WEIGHTS_UPDATED' order by id desc limit 1",
				String.class))
			.contains(region.get(0).code())
			.contains("REGION");
		// reviewers do not edit weights
		this.mvc.perform(get("/admin/campaigns/{c}/weights", OLD).session(signIn(this.mvc, "reviewer")))
			.andExpect(status().isForbidden());
	}

	private UnitScope root() {
		return UnitScope.of(this.units.byCode("guangxi"));
	}

	private static BigDecimal bd(String value) {
		return new BigDecimal(value);
	}

}
