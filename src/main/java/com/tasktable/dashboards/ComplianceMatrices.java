package com.tasktable.dashboards;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import com.tasktable.campaigns.CampaignView;
import com.tasktable.campaigns.Campaigns;
import com.tasktable.campaigns.ObligationView;
import com.tasktable.compliance.Compliance;
import com.tasktable.compliance.ComplianceEngine;
import com.tasktable.compliance.ComplianceSettings;
import com.tasktable.compliance.DirectiveFact;
import com.tasktable.compliance.Facts;
import com.tasktable.compliance.Frequency;
import com.tasktable.compliance.Period;
import com.tasktable.compliance.RecordFact;
import com.tasktable.compliance.ReviewState;
import com.tasktable.compliance.UnitObligation;
import com.tasktable.compliance.UnitTerms;
import com.tasktable.records.CountingRecord;
import com.tasktable.units.UnitLevel;
import com.tasktable.units.UnitScope;
import com.tasktable.units.UnitView;
import com.tasktable.units.Units;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the matrix: the units in scope (one statement), the cached task table (none once
 * warm), every counting record the quarter needs with the exemptions and ratings (one
 * statement), the directive assignments (one), then the engine. The count does not grow
 * with units or obligations.
 */
@Service
@Transactional(readOnly = true)
public class ComplianceMatrices {

	private final Campaigns campaigns;

	private final Units units;

	private final FactSheets sheets;

	private final Clock clock;

	ComplianceMatrices(Campaigns campaigns, Units units, FactSheets sheets, Clock clock) {
		this.campaigns = campaigns;
		this.units = units;
		this.sheets = sheets;
		this.clock = clock;
	}

	/**
	 * The quarter shown when none is asked: today's, or the campaign's last (first) once
	 * it ended (before it began).
	 */
	public Period defaultQuarter(CampaignView campaign) {
		return Frequency.QUARTER.periodContaining(campaign.clamp(campaign.today(this.clock)));
	}

	public Matrix matrix(UnitScope scope, String campaignCode, Period quarter, Predicate<ObligationView> columns) {
		var campaign = this.campaigns.get(scope, campaignCode);
		var today = campaign.today(this.clock);
		var engine = new ComplianceEngine(ComplianceSettings.lateAfter(campaign.lateAfterDays()));
		var obligations = this.campaigns.taskTable(scope, campaignCode, campaign.clamp(quarter.start()))
			.stream()
			.filter(columns)
			.toList();
		var units = this.units.within(scope);
		var sheet = this.sheets.load(scope, campaign, obligations, List.of(quarter));
		List<Matrix.Block> blocks = new ArrayList<>();
		for (var level : UnitLevel.values()) {
			var levelUnits = units.stream().filter(u -> u.level() == level).toList();
			var levelObligations = obligations.stream().filter(o -> o.level() == level).toList();
			if (!levelUnits.isEmpty() && !levelObligations.isEmpty()) {
				blocks.add(block(engine, level, levelUnits, levelObligations, sheet, quarter, today));
			}
		}
		return new Matrix(campaign, quarter, today, blocks);
	}

	private Matrix.Block block(ComplianceEngine engine, UnitLevel level, List<UnitView> units,
			List<ObligationView> obligations, FactSheets.FactSheet sheet, Period quarter, LocalDate today) {
		List<Matrix.Row> rows = new ArrayList<>();
		for (var unit : units) {
			List<UnitObligation> subjects = new ArrayList<>();
			for (var obligation : obligations) {
				subjects.add(sheet.subject(obligation, unit));
			}
			var cells = subjects.stream().map(s -> engine.cell(s, quarter, today)).toList();
			// the cells already hold the quarter's evaluations: judging them again for
			// the percentage doubled the work
			var evaluations = cells.stream().flatMap(c -> c.evaluations().stream()).toList();
			rows.add(new Matrix.Row(unit, cells, Compliance.of(evaluations, engine.settings())));
		}
		return new Matrix.Block(level, obligations, rows,
				Compliance.average(rows.stream().map(Matrix.Row::compliance).toList()));
	}

	static UnitObligation subject(ObligationView obligation, UnitView unit, List<RecordFact> records) {
		return subject(obligation, unit, records, List.of());
	}

	static UnitObligation subject(ObligationView obligation, UnitView unit, List<RecordFact> records,
			List<DirectiveFact> directives) {
		var terms = new UnitTerms(obligation.phases().get(unit.code()), unit.activeFrom(), unit.activeTo());
		return new UnitObligation(obligation.rules(), terms, Facts.of(records).withDirectives(directives));
	}

	static RecordFact toFact(CountingRecord record) {
		return new RecordFact(record.activityDate(), record.loggedOn(), ReviewState.valueOf(record.state().name()),
				record.value(), record.category());
	}

}
