package com.tasktable.dashboards;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.tasktable.campaigns.CampaignRevisions;
import com.tasktable.campaigns.CampaignView;
import com.tasktable.campaigns.Campaigns;
import com.tasktable.campaigns.ObligationView;
import com.tasktable.compliance.ComplianceEngine;
import com.tasktable.compliance.Frequency;
import com.tasktable.compliance.Period;
import com.tasktable.compliance.Quarters;
import com.tasktable.compliance.UnitObligation;
import com.tasktable.platform.NotFoundException;
import com.tasktable.units.UnitLevel;
import com.tasktable.units.UnitScope;
import com.tasktable.units.UnitView;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Builds the matrix of a campaign quarter for a scope, and keeps it while the campaign's
 * revision stays the same. A request reads the revision (one indexed statement); when a
 * matrix of that revision is kept, that is all. Otherwise: the cached task table and unit
 * tree (no statement once warm), the facts ({@link FactSheets}: every counting record the
 * quarter needs with the exemptions and ratings in one statement, the directive
 * assignments in another), then the engine. The count does not grow with units or
 * obligations. Column filters are applied to the kept matrix, so they share one entry.
 * <p>
 * No transaction of its own: the revision is read first, in a statement of its own
 * (autocommit), and each fact reader runs its own. Data committed between them can only
 * make a kept matrix newer than its revision, never older; a transaction here would only
 * cost a request that finds its matrix kept.
 */
@Service
public class ComplianceMatrices {

	private final Campaigns campaigns;

	private final CampaignRevisions revisions;

	private final FactSheets sheets;

	private final Clock clock;

	private final ComplianceProperties compliance;

	/**
	 * Whole matrices (every column) by campaign revision, scope, quarter and day: a
	 * record saved, a directive done or a task table edited changes the revision, so an
	 * entry is never stale, only unused until it ages out.
	 */
	private final Cache<Key, Matrix> kept;

	ComplianceMatrices(Campaigns campaigns, CampaignRevisions revisions, FactSheets sheets, Clock clock,
			ComplianceProperties compliance, @Value("${app.dashboards.kept-matrices:64}") int keptMatrices) {
		this.compliance = compliance;
		this.campaigns = campaigns;
		this.revisions = revisions;
		this.sheets = sheets;
		this.clock = clock;
		// 0 turns keeping off (the benchmark's "computed every time" runs)
		this.kept = (keptMatrices <= 0) ? null
				: Caffeine.newBuilder().maximumSize(keptMatrices).expireAfterAccess(Duration.ofHours(1)).build();
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
		var revision = this.revisions.of(campaign);
		var settings = this.compliance.settings(campaign.lateAfterDays());
		var whole = (revision < 0 || this.kept == null) ? compute(scope, campaign, quarter, today) : this.kept.get(
				new Key(campaign.id(), revision, this.campaigns.catalogRevision(), scope.path(), quarter, today),
				(key) -> compute(scope, campaign, quarter, today).keptAs(key.toString()));
		return whole.only(columns, settings);
	}

	/**
	 * One cell opened: the unit (in the reader's scope) against one obligation of its
	 * level, from the same kept matrix the dashboard shows, so both always agree.
	 * @throws NotFoundException when the unit is not in the scope or the obligation not
	 * in the campaign at the unit's level
	 */
	public CellDetail cell(UnitScope scope, String campaignCode, Period quarter, String unitCode, Long obligationId) {
		var matrix = matrix(scope, campaignCode, quarter, o -> o.id().equals(obligationId));
		for (var block : matrix.blocks()) {
			for (var row : block.rows()) {
				if (row.unit().code().equals(unitCode)) {
					var cell = row.cells().get(0);
					return new CellDetail(matrix.campaign(), quarter, row.unit(), block.obligations().get(0),
							row.views().get(0), cell.evaluations().stream().map(CellDetail.PeriodLine::of).toList());
				}
			}
		}
		throw new NotFoundException("No cell " + unitCode + " × " + obligationId);
	}

	private Matrix compute(UnitScope scope, CampaignView campaign, Period quarter, LocalDate today) {
		var engine = new ComplianceEngine(this.compliance.settings(campaign.lateAfterDays()));
		var obligations = this.campaigns.taskTable(scope, campaign.code(), campaign.clamp(quarter.start()));
		var units = this.campaigns.unitsWithin(scope);
		var sheet = this.sheets.load(scope, campaign, obligations, List.of(quarter));
		List<Matrix.Block> blocks = new ArrayList<>();
		for (var level : UnitLevel.values()) {
			var levelUnits = units.stream().filter(u -> u.level() == level).toList();
			var levelObligations = obligations.stream().filter(o -> o.level() == level).toList();
			if (!levelUnits.isEmpty() && !levelObligations.isEmpty()) {
				blocks.add(block(campaign, engine, level, levelUnits, levelObligations, sheet, quarter, today));
			}
		}
		return new Matrix(campaign, quarter, today, List.copyOf(blocks), null);
	}

	private Matrix.Block block(CampaignView campaign, ComplianceEngine engine, UnitLevel level, List<UnitView> units,
			List<ObligationView> obligations, FactSheets.FactSheet sheet, Period quarter, LocalDate today) {
		List<Matrix.Row> rows = new ArrayList<>();
		for (var unit : units) {
			List<UnitObligation> subjects = new ArrayList<>();
			for (var obligation : obligations) {
				subjects.add(sheet.subject(obligation, unit));
			}
			var cells = subjects.stream().map(s -> engine.cell(s, quarter, today)).toList();
			List<String> links = new ArrayList<>(cells.size());
			for (int i = 0; i < cells.size(); i++) {
				links.add(cellPage(campaign, unit, obligations.get(i), quarter, CellView.of(cells.get(i))));
			}
			// the cells already hold the quarter's evaluations: the percentage is taken
			// from them, not judged again
			rows.add(Matrix.Row.of(unit, cells, engine.settings(), Collections.unmodifiableList(links)));
		}
		return Matrix.Block.of(level, obligations, rows);
	}

	/**
	 * The cell page of a cell ({@code /dashboard/cell}): its periods, why each has its
	 * status, and its records of every state in the same window. Null when there is
	 * nothing to open (nothing falls due, or not applicable without records).
	 */
	static String cellPage(CampaignView campaign, UnitView unit, ObligationView obligation, Period quarter,
			CellView cell) {
		if (!cell.opens()) {
			return null;
		}
		return UriComponentsBuilder.fromPath("/dashboard/cell")
			.queryParam("campaign", campaign.code())
			.queryParam("unit", unit.code())
			.queryParam("obligation", obligation.id())
			.queryParam("year", quarter.start().getYear())
			.queryParam("quarter", Quarters.of(quarter))
			.encode()
			.toUriString();
	}

	private record Key(long campaignId, long revision, long catalogRevision, String scopePath, Period quarter,
			LocalDate today) {
	}

}
