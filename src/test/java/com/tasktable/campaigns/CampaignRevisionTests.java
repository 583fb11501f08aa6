package com.tasktable.campaigns;

import java.util.List;

import com.tasktable.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration V6: every change a judgement reads moves the campaign's revision, in the same
 * transaction, and only that campaign's (the unit tree moves every campaign's).
 */
@IntegrationTest
@Transactional
class CampaignRevisionTests {

	/** Tables with these columns feed the compliance engine unless listed below. */
	private static final List<String> CAMPAIGN_COLUMNS = List.of("campaign_id", "obligation_id", "directive_id");

	/**
	 * Tables that hold such a column but change no judgement (published bulletins are
	 * read as stored).
	 */
	private static final List<String> NOT_JUDGED = List.of("campaign_revision", "published_bulletin");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CampaignCatalog catalog;

	@Autowired
	CampaignRevisions revisions;

	@Test
	void aRecordMovesItsOwnCampaignOnly() {
		var old = campaign("guangxi-2018-2020");
		var live = liveCampaign();
		long oldBefore = this.revisions.of(old);
		long liveBefore = this.revisions.of(live);
		this.jdbc.update("""
				insert into activity_record (obligation_id, unit_id, activity_date, title, state, created_by)
				select o.id, u.id, date '2019-05-06', 'revision', 'PENDING', a.id
				from obligation o, unit u, app_user a
				where o.campaign_id = ? and o.code = '1.C.1' and u.code = 'nanning' and a.username = 'nanning'""",
				old.id());
		assertThat(this.revisions.of(old)).isGreaterThan(oldBefore);
		assertThat(this.revisions.of(live)).isEqualTo(liveBefore);

		long afterInsert = this.revisions.of(old);
		this.jdbc.update("update activity_record set state = 'APPROVED' where title = 'revision'");
		assertThat(this.revisions.of(old)).isGreaterThan(afterInsert);
		long afterUpdate = this.revisions.of(old);
		this.jdbc.update("delete from activity_record where title = 'revision'");
		assertThat(this.revisions.of(old)).isGreaterThan(afterUpdate);
	}

	@Test
	void anUpdateThatTouchesNoRowMovesNothing() {
		var old = campaign("guangxi-2018-2020");
		long before = this.revisions.of(old);
		this.jdbc.update("update activity_record set state = 'APPROVED' where id = -1");
		assertThat(this.revisions.of(old)).isEqualTo(before);
	}

	@Test
	void theTaskTableMovesItsCampaign() {
		var old = campaign("guangxi-2018-2020");
		for (var change : List.of(
				"update obligation_version set min_count = min_count where obligation_id in "
						+ "(select id from obligation where campaign_id = ? and code = '1.C.1')",
				"update obligation_phase set start_date = start_date where obligation_id in "
						+ "(select id from obligation where campaign_id = ?)",
				"update task_item set title = title where campaign_id = ?",
				"update obligation set code = code where campaign_id = ?",
				"update campaign set late_after_days = late_after_days where id = ?")) {
			long before = this.revisions.of(old);
			assertThat(this.jdbc.update(change, old.id())).as(change).isPositive();
			assertThat(this.revisions.of(old)).as(change).isGreaterThan(before);
		}
	}

	@Test
	void theUnitTreeMovesEveryCampaign() {
		var old = campaign("guangxi-2018-2020");
		var live = liveCampaign();
		long oldBefore = this.revisions.of(old);
		long liveBefore = this.revisions.of(live);
		this.jdbc.update("update unit set name = name where code = 'hezhou'");
		assertThat(this.revisions.of(old)).isGreaterThan(oldBefore);
		assertThat(this.revisions.of(live)).isGreaterThan(liveBefore);
	}

	@Test
	void aNewCampaignStartsWithARevision() {
		var live = liveCampaign();
		this.jdbc.update("""
				insert into campaign (code, name, root_unit_id, start_date, end_date)
				select 'revision-test', '测试', root_unit_id, start_date, end_date from campaign where id = ?""",
				live.id());
		assertThat(this.jdbc.queryForObject("""
				select count(*) from campaign_revision r join campaign c on c.id = r.campaign_id
				where c.code = 'revision-test'""", Integer.class)).isOne();
	}

	/**
	 * A guard for later migrations: a new table that ties rows to a campaign, an
	 * obligation or a directive gets the revision triggers, or is listed as changing no
	 * judgement.
	 */
	@Test
	void everyTableThatFeedsTheEngineMovesTheRevision() {
		var tables = this.jdbc.queryForList("""
				select distinct table_name from information_schema.columns
				where table_schema = current_schema() and column_name = any (?)
				order by table_name""", String.class, (Object) CAMPAIGN_COLUMNS.toArray(String[]::new));
		assertThat(tables).contains("activity_record", "obligation_version", "directive_assignment");
		for (var table : tables) {
			if (NOT_JUDGED.contains(table)) {
				continue;
			}
			var triggers = this.jdbc.queryForList("""
					select tgname from pg_trigger
					where tgrelid = (current_schema() || '.' || ?)::regclass and not tgisinternal
					order by tgname""", String.class, table);
			assertThat(triggers).as(table)
				.contains(table + "_revision_insert", table + "_revision_update", table + "_revision_delete");
		}
	}

	private CampaignView campaign(String code) {
		return this.catalog.all().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
	}

	private CampaignView liveCampaign() {
		return this.catalog.all().stream().filter(c -> !c.code().equals("guangxi-2018-2020")).findFirst().orElseThrow();
	}

}
