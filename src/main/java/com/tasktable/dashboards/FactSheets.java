package com.tasktable.dashboards;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.tasktable.campaigns.CampaignView;
import com.tasktable.campaigns.ObligationView;
import com.tasktable.compliance.ComplianceEngine;
import com.tasktable.compliance.DateRange;
import com.tasktable.compliance.DirectiveFact;
import com.tasktable.compliance.Facts;
import com.tasktable.compliance.Period;
import com.tasktable.compliance.RecordFact;
import com.tasktable.compliance.ReviewState;
import com.tasktable.compliance.UnitObligation;
import com.tasktable.compliance.UnitTerms;
import com.tasktable.directives.DirectiveFacts;
import com.tasktable.records.CountingRecord;
import com.tasktable.review.RecordFacts;
import com.tasktable.units.UnitScope;
import com.tasktable.units.UnitView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the engine needs about every unit in a scope, in two statements whatever the
 * number of units: the records, exemptions and ratings (one statement), and the directive
 * assignments (one). The matrix, a unit's current periods and the scores read through it,
 * so they cannot disagree.
 */
@Service
@Transactional(readOnly = true)
public class FactSheets {

	private final RecordFacts facts;

	private final DirectiveFacts directives;

	FactSheets(RecordFacts facts, DirectiveFacts directives) {
		this.facts = facts;
		this.directives = directives;
	}

	/**
	 * Everything about the units in {@code scope} for the obligations, with the records
	 * that the evaluations belonging to the spans read: each obligation the dates its own
	 * periods need (a daily obligation its quarter, a yearly one its year).
	 */
	public FactSheet load(UnitScope scope, CampaignView campaign, Collection<ObligationView> obligations,
			List<Period> spans) {
		List<RecordFacts.Window> windows = new ArrayList<>(obligations.size());
		for (var obligation : obligations) {
			DateRange needed = null;
			for (var span : spans) {
				var range = ComplianceEngine.recordsNeeded(obligation.rules(), span);
				needed = (needed == null) ? range : needed.span(range);
			}
			windows.add(window(campaign, obligation, needed));
		}
		return load(scope, campaign, windows);
	}

	/** As above, with the records of the given activity dates for every obligation. */
	public FactSheet load(UnitScope scope, CampaignView campaign, Collection<ObligationView> obligations,
			LocalDate from, LocalDate to) {
		var range = new DateRange(from, to.isBefore(from) ? from : to);
		return load(scope, campaign, obligations.stream().map(o -> window(campaign, o, range)).toList());
	}

	/**
	 * An open end (a one-time milestone counts records of any date) means the campaign's
	 * own bound; no range at all (no span) means the campaign.
	 */
	private static RecordFacts.Window window(CampaignView campaign, ObligationView obligation, DateRange needed) {
		var from = (needed == null || needed.from() == null || needed.from().isBefore(campaign.startDate()))
				? campaign.startDate() : needed.from();
		var to = (needed == null || needed.to() == null || needed.to().isAfter(campaign.endDate())) ? campaign.endDate()
				: needed.to();
		return new RecordFacts.Window(obligation.id(), from, to.isBefore(from) ? from : to);
	}

	private FactSheet load(UnitScope scope, CampaignView campaign, List<RecordFacts.Window> windows) {
		var sheet = new FactSheet();
		var rows = this.facts.sheet(scope, windows, campaign.timeZone());
		for (var record : rows.records()) {
			sheet.records.computeIfAbsent(record.unitId(), k -> new HashMap<>())
				.computeIfAbsent(record.obligationId(), k -> new ArrayList<>())
				.add(toFact(record));
		}
		for (var e : rows.exemptions()) {
			sheet.exemptions.computeIfAbsent(e.unitId(), k -> new HashMap<>())
				.computeIfAbsent(e.obligationId(), k -> new HashSet<>())
				.add(e.period());
		}
		for (var g : rows.ratings()) {
			sheet.ratings.computeIfAbsent(g.unitId(), k -> new HashMap<>())
				.computeIfAbsent(g.obligationId(), k -> new HashMap<>())
				.put(g.period(), g.score());
		}
		for (var a : this.directives.within(scope, campaign.id(), campaign.timeZone())) {
			sheet.directives.computeIfAbsent(a.unitId(), k -> new HashMap<>())
				.computeIfAbsent(a.obligationId(), k -> new ArrayList<>())
				.add(new DirectiveFact(a.deadline(), a.doneOn()));
		}
		return sheet;
	}

	private static RecordFact toFact(CountingRecord record) {
		return new RecordFact(record.activityDate(), record.loggedOn(), ReviewState.valueOf(record.state().name()),
				record.value(), record.category());
	}

	/** The facts of every unit and obligation loaded. */
	public static final class FactSheet {

		private final Map<Long, Map<Long, List<RecordFact>>> records = new HashMap<>();

		private final Map<Long, Map<Long, List<DirectiveFact>>> directives = new HashMap<>();

		private final Map<Long, Map<Long, Set<Period>>> exemptions = new HashMap<>();

		private final Map<Long, Map<Long, Map<Period, Integer>>> ratings = new HashMap<>();

		/** What the engine judges for one unit and obligation. */
		public UnitObligation subject(ObligationView obligation, UnitView unit) {
			var terms = new UnitTerms(obligation.phases().get(unit.code()), unit.activeFrom(), unit.activeTo());
			var facts = Facts
				.of(this.records.getOrDefault(unit.id(), Map.of()).getOrDefault(obligation.id(), List.of()))
				.withDirectives(
						this.directives.getOrDefault(unit.id(), Map.of()).getOrDefault(obligation.id(), List.of()))
				.withExemptions(
						this.exemptions.getOrDefault(unit.id(), Map.of()).getOrDefault(obligation.id(), Set.of()))
				.withRatings(this.ratings.getOrDefault(unit.id(), Map.of()).getOrDefault(obligation.id(), Map.of()));
			return new UnitObligation(obligation.rules(), terms, facts);
		}

	}

}
