package com.tasktable.dashboards;

import java.time.LocalDate;

import com.tasktable.IntegrationTest;
import com.tasktable.campaigns.Campaigns;
import com.tasktable.compliance.ComplianceEngine;
import com.tasktable.compliance.ComplianceSettings;
import com.tasktable.compliance.Frequency;
import com.tasktable.units.UnitScope;
import com.tasktable.units.Units;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matrix reads, per obligation, only the dates the quarter's periods need: every cell
 * must be what the engine says when handed every record of the campaign.
 */
@IntegrationTest
class MatrixWindowsTests {

	@Autowired
	ComplianceMatrices matrices;

	@Autowired
	Campaigns campaigns;

	@Autowired
	Units units;

	@Autowired
	FactSheets sheets;

	@ParameterizedTest
	@CsvSource({ "2018,4", "2019,1", "2019,2", "2019,3", "2019,4", "2020,1", "2020,4" })
	void everyCellIsTheEnginesVerdictOnAllRecords(int year, int quarterNumber) {
		var scope = UnitScope.of(this.units.byCode("guangxi"));
		var campaign = this.campaigns.get(scope, "guangxi-2018-2020");
		var quarter = Frequency.QUARTER.periodContaining(LocalDate.of(year, quarterNumber * 3, 1));
		var matrix = this.matrices.matrix(scope, campaign.code(), quarter, o -> true);
		var engine = new ComplianceEngine(ComplianceSettings.lateAfter(campaign.lateAfterDays()));
		var obligations = this.campaigns.taskTable(scope, campaign.code(), quarter.start());
		// every record of the campaign, whatever its date
		var everything = this.sheets.load(scope, campaign, obligations, campaign.startDate(), campaign.endDate());
		int cells = 0;
		for (var block : matrix.blocks()) {
			for (var row : block.rows()) {
				for (int i = 0; i < block.obligations().size(); i++) {
					var o = block.obligations().get(i);
					var subject = everything.subject(o, row.unit());
					assertThat(row.cells().get(i)).as("%s %s", row.unit().code(), o.code())
						.isEqualTo(engine.cell(subject, quarter, matrix.today()));
					cells++;
				}
			}
		}
		assertThat(cells).isEqualTo(15 * 22);
	}

}
