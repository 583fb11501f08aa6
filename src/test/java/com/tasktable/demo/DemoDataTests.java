package com.tasktable.demo;

import java.sql.Date;
import java.time.LocalDate;

import com.tasktable.IntegrationTest;
import com.tasktable.records.RecordFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo the test context loaded at start, as a newcomer would find it. "Today" is the
 * live campaign's day on the application's clock (Asia/Shanghai), not the JVM's.
 */
@IntegrationTest
class DemoDataTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RecordFixtures fixtures;

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

}
