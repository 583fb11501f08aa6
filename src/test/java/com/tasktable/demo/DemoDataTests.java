package com.tasktable.demo;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

import com.tasktable.IntegrationTest;
import com.tasktable.compliance.Frequency;
import com.tasktable.compliance.Status;
import com.tasktable.dashboards.ComplianceMatrices;
import com.tasktable.records.RecordFixtures;
import com.tasktable.scoring.ScoreSpan;
import com.tasktable.scoring.Scores;
import com.tasktable.units.UnitScope;
import com.tasktable.units.Units;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo the test context loaded at start, as a newcomer would find it: a healthy
 * province where a few cities lag in a few rows. "Today" is the live campaign's day on
 * the application's clock (Asia/Shanghai), not the JVM's.
 */
@IntegrationTest
class DemoDataTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RecordFixtures fixtures;

	@Autowired
	Scores scores;

	@Autowired
	ComplianceMatrices matrices;

	@Autowired
	Units units;

	private static final String OLD = "guangxi-2018-2020";

	@Test
	void accountsForEveryRoleAndCityWithHashedPasswords() {
		assertThat(this.jdbc.queryForObject("select count(*) from app_user", Integer.class)).isEqualTo(17);
		assertThat(this.jdbc.queryForList("select password_hash from app_user", String.class))
			.allSatisfy(hash -> assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("demo"));
		assertThat(this.jdbc.queryForList(
				"select u.username from app_user u join app_user_role r on r.user_id = u.id where r.role = 'REVIEWER'",
				String.class))
			.containsExactly("reviewer");
	}

	@Test
	void aLiveCopyOfTheTableRunsThroughTheCurrentYear() {
		int year = this.fixtures.today().getYear();
		var live = this.jdbc.queryForMap("select * from campaign where end_date = ? and code like 'guangxi-%'",
				LocalDate.of(year, 12, 31));
		assertThat(live.get("code")).isEqualTo("guangxi-%d-%d".formatted(year - 2, year));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from obligation o join campaign c on c.id = o.campaign_id where c.code = ?",
				Integer.class, live.get("code")))
			.isEqualTo(44);
		assertThat(this.jdbc.queryForObject("""
				select min(p.start_date) from obligation_phase p join obligation o on o.id = p.obligation_id
				join campaign c on c.id = o.campaign_id where c.code = ?""", LocalDate.class, live.get("code")))
			.isEqualTo(LocalDate.of(year - 2, 10, 1));
	}

	@Test
	void everyReturnedRecordSaysWhy() {
		assertThat(this.jdbc.queryForObject("select count(*) from activity_record where state = 'RETURNED'",
				Integer.class))
			.isPositive();
		assertThat(this.jdbc.queryForObject("""
				select count(*) from activity_record r
				where r.state = 'RETURNED' and not exists (select 1 from record_decision d
				  where d.record_id = r.id and d.action = 'RETURNED' and length(trim(d.reason)) > 0)""", Integer.class))
			.isZero();
	}

	@Test
	void theSeedIsAuditedOnceWithWhatItWrote() {
		var entries = this.jdbc.queryForList("""
				select actor, (details ->> 'records')::int as records, (details ->> 'ratings')::int as ratings
				from audit_event where action = 'DEMO_DATA_SEEDED'""");
		assertThat(entries).hasSize(1);
		assertThat(entries.get(0)).containsEntry("actor", "system");
		assertThat((Integer) entries.get(0).get("records")).isPositive();
		assertThat((Integer) entries.get(0).get("ratings")).isPositive();
	}

	@Test
	void recordsInBothCampaignsNeverInTheFuture() {
		var perCampaign = this.jdbc.queryForList(
				"""
						select c.code, count(*) as n, max(r.activity_date) as last, min(r.activity_date) as first
						from activity_record r join obligation o on o.id = r.obligation_id join campaign c on c.id = o.campaign_id
						where c.code like 'guangxi-%' group by c.code""");
		assertThat(perCampaign).hasSize(2).allSatisfy(row -> {
			assertThat((Long) row.get("n")).isGreaterThan(1000);
			assertThat(((Date) row.get("last")).toLocalDate()).isBeforeOrEqualTo(this.fixtures.today());
		});
		assertThat(
				this.jdbc.queryForObject("select count(*) from activity_record where state = 'PENDING'", Integer.class))
			.isPositive();
		assertThat(this.jdbc.queryForObject("""
				select count(*) from activity_record r join obligation o on o.id = r.obligation_id
				join campaign c on c.id = o.campaign_id
				where r.activity_date < c.start_date or r.activity_date > c.end_date""", Integer.class)).isZero();
	}

	@Test
	void returnsAreMostlyFixedAndAFewStillOpenEachWithItsReason() {
		int open = this.jdbc.queryForObject("select count(*) from activity_record where state = 'RETURNED'",
				Integer.class);
		int fixed = this.jdbc.queryForObject("""
				select count(distinct r.id) from activity_record r join record_decision d on d.record_id = r.id
				where d.action = 'RESUBMITTED' and r.state in ('APPROVED', 'PENDING')""", Integer.class);
		assertThat(open).as("a handful open").isBetween(1, 30);
		assertThat(fixed).as("most fixed and resubmitted").isGreaterThan(20 * open);
		// the README's reporter has one to fix, as the application would have kept it
		assertThat(this.jdbc.queryForList("""
				select d.action from activity_record r join unit u on u.id = r.unit_id
				join record_decision d on d.record_id = r.id
				where u.code = 'nanning' and r.state = 'RETURNED' order by d.decided_at, d.id""", String.class))
			.isNotEmpty()
			.allMatch("RETURNED"::equals);
		assertThat(this.jdbc.queryForList("""
				select string_agg(d.action, ',' order by d.decided_at, d.id) from record_decision d
				join activity_record r on r.id = d.record_id
				where r.state = 'APPROVED' group by d.record_id having bool_or(d.action = 'RESUBMITTED')""",
				String.class))
			.isNotEmpty()
			.allMatch("RETURNED,RESUBMITTED,APPROVED"::equals);
	}

	@Test
	void dailyUpdatesCoverAtLeast85PercentOfEveryMonthThatIsOver() {
		var coverage = this.jdbc.queryForList("""
				select count(distinct r.activity_date)::numeric
				       / extract(day from date_trunc('month', r.activity_date) + interval '1 month - 1 day') as share
				from activity_record r join obligation o on o.id = r.obligation_id
				where o.code in ('5.C.1', '5.R.1') and r.state <> 'WITHDRAWN'
				  and r.activity_date < date_trunc('month', ?::date)
				group by o.id, r.unit_id, date_trunc('month', r.activity_date)""", BigDecimal.class,
				this.fixtures.today());
		assertThat(coverage).hasSizeGreaterThan(14 * 20)
			.allSatisfy(share -> assertThat(share).isBetween(new BigDecimal("0.85"), BigDecimal.ONE));
	}

	@Test
	void mostCitiesMeetMostObligationsAndAFewLag() {
		var region = UnitScope.of(this.units.byCode("guangxi"));
		for (int year = 2018; year <= 2020; year++) {
			var ranking = this.scores.ranking(region, OLD, new ScoreSpan(year, null));
			var totals = ranking.rows().stream().map(r -> r.total()).filter(Objects::nonNull).toList();
			assertThat(totals).as("%d", year)
				.hasSize(14)
				.allSatisfy(t -> assertThat(t).isBetween(new BigDecimal("70"), new BigDecimal("100")));
			assertThat(totals.stream().distinct().count()).as("a spread, not a tie").isGreaterThan(10);
		}
		for (int month = 1; month <= 12; month++) {
			var ranking = this.scores.ranking(region, OLD, new ScoreSpan(2019, month));
			assertThat(ranking.rows()).as("2019-%d", month)
				.filteredOn(r -> r.total() != null && r.total().compareTo(new BigDecimal("80")) >= 0)
				.hasSizeGreaterThanOrEqualTo(9);
		}
	}

	@Test
	void everyStatusTheMatrixShowsAppearsSomewhere() {
		var region = UnitScope.of(this.units.byCode("guangxi"));
		var seen = EnumSet.noneOf(Status.class);
		var live = this.fixtures.live();
		record Quarters(String campaign, LocalDate from, LocalDate to) {
		}
		for (var span : List.of(new Quarters(OLD, LocalDate.of(2018, 10, 1), LocalDate.of(2020, 12, 31)),
				new Quarters(live.code(), live.startDate(), this.matrices.defaultQuarter(live).start()))) {
			for (var quarter = Frequency.QUARTER.periodContaining(span.from()); !quarter.start()
				.isAfter(span.to()); quarter = quarter.next()) {
				for (var block : this.matrices.matrix(region, span.campaign(), quarter, o -> true).blocks()) {
					block.rows().forEach(row -> row.cells().forEach(cell -> seen.add(cell.status())));
				}
			}
		}
		// BEHIND needs a running year past January, which the calendar may not offer
		assertThat(seen).containsAll(EnumSet.complementOf(EnumSet.of(Status.BEHIND)));
		assertThat(this.jdbc.queryForList("select distinct state from activity_record", String.class))
			.contains("APPROVED", "PENDING", "RETURNED");
	}

}
