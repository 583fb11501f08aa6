package com.tasktable.dashboards;

import com.tasktable.IntegrationTest;
import com.tasktable.compliance.Compliance;
import com.tasktable.compliance.ComplianceSettings;
import com.tasktable.compliance.Frequency;
import com.tasktable.compliance.QuarterCell;
import com.tasktable.records.RecordFixtures;
import com.tasktable.units.UnitScope;
import com.tasktable.units.Units;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A kept matrix is never stale: whatever changes a judgement changes the campaign's
 * revision, in the same transaction, and a rolled-back change leaves nothing behind.
 */
@IntegrationTest
class KeptMatrixTests {

	@Autowired
	ComplianceMatrices matrices;

	@Autowired
	Units units;

	@Autowired
	RecordFixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void aRecordSavedByAnyoneShowsOnTheNextRequest() {
		int before = nanningPressConferences().approved();
		assertThat(nanningPressConferences().approved()).as("kept: the same").isEqualTo(before);

		// written past the application, as an import or a hand correction would be
		this.transactions.executeWithoutResult((tx) -> insertApprovedPressConference());

		assertThat(nanningPressConferences().approved()).isEqualTo(before + 1);
		this.jdbc.update("update activity_record set state = 'WITHDRAWN' where title = 'KeptMatrixTests'");
		assertThat(nanningPressConferences().approved()).isEqualTo(before);
		this.jdbc.update("delete from activity_record where title = 'KeptMatrixTests'");
	}

	@Test
	void whatARolledBackTransactionSawIsNeverServedAfterwards() {
		int before = nanningPressConferences().approved();
		this.transactions.executeWithoutResult((tx) -> {
			insertApprovedPressConference();
			assertThat(nanningPressConferences().approved()).as("inside the transaction").isEqualTo(before + 1);
			tx.setRollbackOnly();
		});
		assertThat(nanningPressConferences().approved()).isEqualTo(before);
		// a later change gets a revision of its own, never the rolled-back one
		this.jdbc.update("update campaign set name = name where id = ?", this.fixtures.live().id());
		assertThat(nanningPressConferences().approved()).isEqualTo(before);
	}

	@Test
	void filtersShareOneKeptMatrixAndGetTheirOwnPercentages() {
		var scope = UnitScope.of(this.units.byCode("guangxi"));
		var live = this.fixtures.live();
		var quarter = Frequency.QUARTER.periodContaining(this.fixtures.today());
		var whole = this.matrices.matrix(scope, live.code(), quarter, o -> true);
		var onlyFirst = this.matrices.matrix(scope, live.code(), quarter, o -> o.code().equals("1.C.1"));
		assertThat(onlyFirst.blocks()).hasSize(1);
		var row = onlyFirst.blocks().get(0).rows().get(0);
		var wholeRow = whole.blocks()
			.stream()
			.flatMap(b -> b.rows().stream())
			.filter(r -> r.unit().equals(row.unit()))
			.findFirst()
			.orElseThrow();
		var column = whole.blocks()
			.stream()
			.filter(b -> b.rows().contains(wholeRow))
			.findFirst()
			.orElseThrow()
			.obligations()
			.stream()
			.map(o -> o.code())
			.toList()
			.indexOf("1.C.1");
		assertThat(row.cells()).containsExactly(wholeRow.cells().get(column));
		assertThat(row.compliance()).isEqualTo(Compliance.of(wholeRow.cells().get(column).evaluations(),
				ComplianceSettings.lateAfter(live.lateAfterDays())));
	}

	private void insertApprovedPressConference() {
		this.jdbc.update("""
				insert into activity_record (obligation_id, unit_id, activity_date, title, state, created_by)
				select ?, u.id, ?, 'KeptMatrixTests', 'APPROVED', a.id
				from unit u join app_user a on a.username = 'nanning' where u.code = 'nanning'""",
				this.fixtures.obligation("1.C.1"), this.fixtures.today());
	}

	private QuarterCell nanningPressConferences() {
		var live = this.fixtures.live();
		var quarter = Frequency.QUARTER.periodContaining(this.fixtures.today());
		var matrix = this.matrices.matrix(UnitScope.of(this.units.byCode("guangxi")), live.code(), quarter,
				o -> o.code().equals("1.C.1"));
		return matrix.blocks()
			.get(0)
			.rows()
			.stream()
			.filter(r -> r.unit().code().equals("nanning"))
			.findFirst()
			.orElseThrow()
			.cells()
			.get(0);
	}

}
