package com.tasktable.campaigns;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import com.tasktable.audit.AuditLog;
import com.tasktable.campaigns.ChangeImpacts.Proposal;
import com.tasktable.campaigns.TemplateRejectedException.Violation;
import com.tasktable.compliance.FirstPeriod;
import com.tasktable.units.UnitScope;
import com.tasktable.units.UnitView;
import com.tasktable.units.Units;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administration of task templates: an obligation's effective-dated versions, its
 * retirement and its per-unit phase dates. A change names the lock version the
 * administrator saw, applies from a date, never touches a version that judged a period
 * before that date, is audited with its before and after values, and drops the cached
 * task tables. A change that reaches back into periods that are over needs a confirmation
 * with a reason ({@link HistoryGuard}).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class TaskTemplates {

	private final ObligationRepository obligations;

	private final Campaigns campaigns;

	private final CoverageCategoryRepository categories;

	private final Units units;

	private final AuditLog audit;

	private final EntityManager entityManager;

	private final Clock clock;

	private final HistoryGuard guard;

	TaskTemplates(ObligationRepository obligations, Campaigns campaigns, CoverageCategoryRepository categories,
			Units units, AuditLog audit, EntityManager entityManager, Clock clock, HistoryGuard guard) {
		this.guard = guard;
		this.obligations = obligations;
		this.campaigns = campaigns;
		this.categories = categories;
		this.units = units;
		this.audit = audit;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/**
	 * The campaigns whose unit lies inside the administrator's scope: the ones they may
	 * change.
	 */
	public List<CampaignView> editableCampaigns(UnitScope scope) {
		return this.campaigns.visibleTo(scope).stream().filter(c -> covers(scope, c)).toList();
	}

	/** A campaign the administrator may change; any other is "not found". */
	public CampaignView editableCampaign(UnitScope scope, String code) {
		return editableCampaigns(scope).stream()
			.filter(c -> c.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new CampaignNotFoundException(code));
	}

	/** One obligation with its history and phase dates. */
	public ObligationDetail obligation(UnitScope scope, Long id) {
		var obligation = load(scope, id);
		return detail(scope, obligation);
	}

	/**
	 * Makes {@code terms} apply from {@code from} on: a new version, or a correction of
	 * the version that starts on that day. Periods before {@code from} keep the version
	 * then in force.
	 * @param expectedVersion the lock version the administrator saw
	 * @param confirmation the administrator's confirmation of the impact on history
	 */
	@Transactional
	public ObligationDetail revise(UnitScope scope, String actor, Long id, long expectedVersion, LocalDate from,
			ObligationTerms terms, Confirmation confirmation) {
		var obligation = load(scope, id);
		checkVersion(obligation, expectedVersion);
		var campaign = this.campaigns.get(scope, obligation.getCampaignId());
		List<Violation> violations = new ArrayList<>(TermsRules.check(terms, categoryCodes()));
		if (from == null) {
			violations.add(Violation.of("appliesFrom", "admin.error.required"));
		}
		else if (from.isBefore(obligation.getEffectiveFrom()) || from.isAfter(campaign.endDate())) {
			violations.add(Violation.of("appliesFrom", "admin.error.appliesFrom", obligation.getEffectiveFrom(),
					campaign.endDate()));
		}
		else if (obligation.getEffectiveTo() != null && !from.isBefore(obligation.getEffectiveTo())) {
			violations.add(Violation.of("appliesFrom", "admin.error.afterRetirement", obligation.getEffectiveTo()));
		}
		reject(violations);
		var proposal = obligation.proposal();
		proposal.revise(from, terms);
		rejectNeverApplying(campaign, obligation, proposal, from);
		var confirmed = this.guard.check(campaign, obligation.getLevel(),
				List.of(new Proposal(view(campaign, obligation), view(campaign, proposal))), from, confirmation);
		var before = obligation.versionOn(from).toTerms().fields();
		var revised = obligation.revise(from, terms);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("code", obligation.getCode());
		details.put("campaign", campaign.code());
		details.put("from", from.toString());
		putChanges(details, before, revised.toTerms().fields());
		details.putAll(confirmed);
		this.audit.record(actor, rootUnitId(campaign), "OBLIGATION_REVISED", "obligation", id, details);
		return changed(scope, obligation);
	}

	/**
	 * Ends the obligation from {@code to} on (exclusive): periods that end before it are
	 * judged as before, later ones are not judged. A null date puts it back in force.
	 */
	@Transactional
	public ObligationDetail retire(UnitScope scope, String actor, Long id, long expectedVersion, LocalDate to,
			Confirmation confirmation) {
		var obligation = load(scope, id);
		checkVersion(obligation, expectedVersion);
		var campaign = this.campaigns.get(scope, obligation.getCampaignId());
		if (to != null && (!to.isAfter(obligation.lastVersionStart()) || to.isAfter(campaign.endDate()))) {
			reject(List.of(Violation.of("retireFrom", "admin.error.retireFrom", obligation.lastVersionStart(),
					campaign.endDate())));
		}
		var proposal = obligation.proposal();
		proposal.retire(to);
		var confirmed = this.guard.check(campaign, obligation.getLevel(),
				List.of(new Proposal(view(campaign, obligation), view(campaign, proposal))),
				earliest(to, obligation.getEffectiveTo()), confirmation);
		var before = Objects.toString(obligation.getEffectiveTo(), "");
		obligation.retire(to);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("code", obligation.getCode());
		details.put("campaign", campaign.code());
		details.put("before", Map.of("effectiveTo", before));
		details.put("after", Map.of("effectiveTo", Objects.toString(to, "")));
		details.putAll(confirmed);
		this.audit.record(actor, rootUnitId(campaign), (to != null) ? "OBLIGATION_RETIRED" : "OBLIGATION_REINSTATED",
				"obligation", id, details);
		return changed(scope, obligation);
	}

	/**
	 * Sets the start date of every unit at the obligation's level at once; a unit without
	 * a date follows the obligation's own date. Units outside the campaign are refused.
	 */
	@Transactional
	public ObligationDetail replacePhases(UnitScope scope, String actor, Long id, long expectedVersion,
			Map<Long, LocalDate> starts, Confirmation confirmation) {
		var obligation = load(scope, id);
		checkVersion(obligation, expectedVersion);
		var campaign = this.campaigns.get(scope, obligation.getCampaignId());
		var allowed = phaseUnits(scope, campaign, obligation).stream().collect(Collectors.toMap(UnitView::id, u -> u));
		List<Violation> violations = new ArrayList<>();
		starts.forEach((unitId, start) -> {
			var unit = allowed.get(unitId);
			if (unit == null) {
				throw new CampaignNotFoundException("unit #" + unitId);
			}
			if (start != null && (start.isBefore(campaign.startDate()) || start.isAfter(campaign.endDate()))) {
				violations.add(Violation.of("starts[" + unitId + "]", "admin.error.withinCampaign",
						campaign.startDate(), campaign.endDate()));
			}
		});
		reject(violations);
		var before = phasesByCode(obligation.getPhases(), allowed);
		Map<Long, LocalDate> kept = new HashMap<>(obligation.getPhases());
		kept.keySet().removeIf(allowed::containsKey);
		kept.putAll(starts);
		var proposal = obligation.proposal();
		proposal.replacePhases(kept);
		var confirmed = this.guard.check(campaign, obligation.getLevel(),
				List.of(new Proposal(view(campaign, obligation), view(campaign, proposal))),
				firstPhaseChange(obligation, proposal), confirmation);
		obligation.replacePhases(kept);
		var after = phasesByCode(obligation.getPhases(), allowed);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("code", obligation.getCode());
		details.put("campaign", campaign.code());
		putChanges(details, before, after);
		details.putAll(confirmed);
		this.audit.record(actor, rootUnitId(campaign), "OBLIGATION_PHASES_CHANGED", "obligation", id, details);
		return changed(scope, obligation);
	}

	/**
	 * Sets the dates of a movable day (National Low Carbon Day), one per year; they
	 * override the version's month and day in their year.
	 */
	@Transactional
	public ObligationDetail replaceEventDates(UnitScope scope, String actor, Long id, long expectedVersion,
			java.util.Collection<LocalDate> dates, Confirmation confirmation) {
		var obligation = load(scope, id);
		checkVersion(obligation, expectedVersion);
		var campaign = this.campaigns.get(scope, obligation.getCampaignId());
		Map<Integer, LocalDate> byYear = new java.util.TreeMap<>();
		List<Violation> violations = new ArrayList<>();
		for (var date : dates) {
			if (date.isBefore(campaign.startDate()) || date.isAfter(campaign.endDate())) {
				violations.add(Violation.of("eventDates", "admin.error.withinCampaign", campaign.startDate(),
						campaign.endDate()));
			}
			else if (byYear.put(date.getYear(), date) != null) {
				violations.add(Violation.of("eventDates", "admin.eventDates.error.twice", date.getYear()));
			}
		}
		reject(violations);
		var proposal = obligation.proposal();
		proposal.getEventDates().clear();
		proposal.getEventDates().putAll(byYear);
		var confirmed = this.guard.check(campaign, obligation.getLevel(),
				List.of(new Proposal(view(campaign, obligation), view(campaign, proposal))),
				firstEventYearChanged(campaign, obligation.getEventDates(), byYear), confirmation);
		var before = new java.util.TreeMap<>(obligation.getEventDates()).toString();
		obligation.getEventDates().clear();
		obligation.getEventDates().putAll(byYear);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("code", obligation.getCode());
		details.put("campaign", campaign.code());
		details.put("before", Map.of("eventDates", before));
		details.put("after", Map.of("eventDates", byYear.toString()));
		details.putAll(confirmed);
		this.audit.record(actor, rootUnitId(campaign), "OBLIGATION_EVENT_DATES_CHANGED", "obligation", id, details);
		return changed(scope, obligation);
	}

	/**
	 * A version that would judge no whole period before the campaign (or the obligation)
	 * ends can never apply: a quarterly version from 15 November on a campaign ending 31
	 * December would first judge the next year's first quarter.
	 */
	private static void rejectNeverApplying(CampaignView campaign, Obligation obligation, Obligation proposal,
			LocalDate from) {
		var rules = CampaignCatalog.toView(proposal, campaign, from, Map.of()).rules();
		var last = (obligation.getEffectiveTo() != null && obligation.getEffectiveTo().isBefore(campaign.endDate()))
				? obligation.getEffectiveTo().minusDays(1) : campaign.endDate();
		var first = FirstPeriod.of(rules, from);
		if (first.isEmpty() || first.get().start().isAfter(last)) {
			reject(List.of(Violation.of("appliesFrom", "admin.error.neverApplies", first.map(p -> p.key()).orElse("—"),
					last)));
		}
	}

	/**
	 * The first day a change of phase dates reaches: the earlier of a changed unit's old
	 * and new start (no date means the obligation's own).
	 */
	private static LocalDate firstPhaseChange(Obligation before, Obligation after) {
		LocalDate first = null;
		var units = new java.util.HashSet<>(before.getPhases().keySet());
		units.addAll(after.getPhases().keySet());
		for (var unit : units) {
			var was = before.getPhases().getOrDefault(unit, before.getEffectiveFrom());
			var now = after.getPhases().getOrDefault(unit, before.getEffectiveFrom());
			if (!was.equals(now)) {
				first = earliest(first, earliest(was, now));
			}
		}
		return first;
	}

	/**
	 * A movable day is judged per year: a change reaches from 1 January of the first year
	 * whose date changes (the campaign's first day at the earliest).
	 */
	private static LocalDate firstEventYearChanged(CampaignView campaign, Map<Integer, LocalDate> before,
			Map<Integer, LocalDate> after) {
		var years = new java.util.TreeSet<>(before.keySet());
		years.addAll(after.keySet());
		for (var year : years) {
			if (!Objects.equals(before.get(year), after.get(year))) {
				return campaign.clamp(LocalDate.of(year, 1, 1));
			}
		}
		return null;
	}

	private static LocalDate earliest(LocalDate a, LocalDate b) {
		return (a == null) ? b : (b == null || a.isBefore(b)) ? a : b;
	}

	private ObligationView view(CampaignView campaign, Obligation obligation) {
		var unitsById = this.units.all().stream().collect(Collectors.toMap(UnitView::id, u -> u));
		return CampaignCatalog.toView(obligation, campaign, campaign.clamp(campaign.today(this.clock)), unitsById);
	}

	private static Map<String, String> phasesByCode(Map<Long, LocalDate> phases, Map<Long, UnitView> units) {
		Map<String, String> byCode = new LinkedHashMap<>();
		units.values().forEach(u -> byCode.put(u.code(), Objects.toString(phases.get(u.id()), "")));
		return byCode;
	}

	private static void putChanges(Map<String, Object> details, Map<String, String> before, Map<String, String> after) {
		var changes = ObligationTerms.changes(before, after);
		Map<String, String> was = new LinkedHashMap<>();
		Map<String, String> now = new LinkedHashMap<>();
		changes.forEach((field, values) -> {
			was.put(field, values.get(0));
			now.put(field, values.get(1));
		});
		details.put("before", was);
		details.put("after", now);
	}

	private ObligationDetail changed(UnitScope scope, Obligation obligation) {
		forceIncrement(obligation);
		this.entityManager.flush();
		this.campaigns.evictCaches();
		return detail(scope, obligation);
	}

	private ObligationDetail detail(UnitScope scope, Obligation obligation) {
		var campaign = this.campaigns.get(scope, obligation.getCampaignId());
		var unitsById = this.units.all().stream().collect(Collectors.toMap(UnitView::id, u -> u));
		var view = CampaignCatalog.toView(obligation, campaign, campaign.clamp(campaign.today(this.clock)), unitsById);
		var phases = phaseUnits(scope, campaign, obligation).stream()
			.map(u -> new ObligationDetail.UnitPhase(u, obligation.getPhases().get(u.id())))
			.toList();
		return new ObligationDetail(view, campaign, obligation.getVersion(), phases);
	}

	private List<UnitView> phaseUnits(UnitScope scope, CampaignView campaign, Obligation obligation) {
		var root = this.units.byCode(campaign.rootUnitCode());
		return this.units.within(UnitScope.of(root))
			.stream()
			.filter(u -> u.level() == obligation.getLevel() && scope.covers(u))
			.toList();
	}

	private Obligation load(UnitScope scope, Long id) {
		var obligation = this.obligations.findWithVersions(id)
			.orElseThrow(() -> new CampaignNotFoundException("obligation #" + id));
		var campaign = this.campaigns.get(scope, obligation.getCampaignId());
		if (!covers(scope, campaign)) {
			throw new CampaignNotFoundException("obligation #" + id);
		}
		return obligation;
	}

	private boolean covers(UnitScope scope, CampaignView campaign) {
		return scope.covers(this.units.byCode(campaign.rootUnitCode()));
	}

	private Long rootUnitId(CampaignView campaign) {
		return this.units.byCode(campaign.rootUnitCode()).id();
	}

	private java.util.Set<String> categoryCodes() {
		return this.categories.findAllByOrderBySortOrder()
			.stream()
			.map(c -> c.toView().code())
			.collect(Collectors.toSet());
	}

	/**
	 * A change made from a page older than the last saved change is refused: the caller
	 * shows what changed since.
	 */
	private static void checkVersion(Obligation obligation, long expected) {
		if (obligation.getVersion() != expected) {
			throw new ObjectOptimisticLockingFailureException(Obligation.class, obligation.getId());
		}
	}

	/**
	 * Versions are a collection the obligation does not own: count them as its change.
	 */
	private void forceIncrement(Obligation obligation) {
		this.entityManager.lock(obligation, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
	}

	private static void reject(List<Violation> violations) {
		if (!violations.isEmpty()) {
			throw new TemplateRejectedException(violations);
		}
	}

}
