package com.tasktable.directives;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.tasktable.campaigns.CampaignView;
import com.tasktable.units.UnitScope;
import com.tasktable.units.UnitView;
import com.tasktable.units.Units;
import com.tasktable.users.CurrentUser;
import com.tasktable.users.Users;

/**
 * Turns entities into views for one call, looking each unit, person and campaign up once
 * however many directives and units the screen shows. Statuses are computed here, against
 * one clock.
 */
final class DirectiveViews {

	private final Units units;

	private final Users users;

	private final Map<Long, CampaignView> campaigns;

	private final Clock clock;

	private final Map<Long, UnitView> unitsById = new HashMap<>();

	private final Map<Long, Optional<String>> namesById = new HashMap<>();

	private final Map<Long, Map<Long, Integer>> orders = new HashMap<>();

	DirectiveViews(Units units, Users users, List<CampaignView> campaigns, Clock clock) {
		this.units = units;
		this.users = users;
		this.campaigns = campaigns.stream().collect(Collectors.toMap(CampaignView::id, Function.identity()));
		this.clock = clock;
	}

	DirectiveView directive(Directive d) {
		var campaign = this.campaigns.get(d.getCampaignId());
		if (campaign == null) {
			// the directive's units all take part in its campaign, so a reader who may
			// see the
			// directive sees the campaign too
			throw new IllegalStateException(
					"Campaign #" + d.getCampaignId() + " of directive #" + d.getId() + " is not visible to its reader");
		}
		return new DirectiveView(d.getId(), campaign.code(), d.getTitle(), d.getText(), d.getLink(), d.getDeadline(),
				campaign.timeZone(), unit(d.getIssuingUnitId()), name(d.getIssuedBy()), d.getIssuedAt());
	}

	AssignmentView assignment(DirectiveAssignment a, DirectiveView directive) {
		var status = new DirectiveDeadline(directive.deadline(), directive.timeZone()).status(a.getDoneAt(),
				this.clock);
		return new AssignmentView(a.getId(), directive, unit(a.getUnitId()), status, a.getResponse(),
				a.getResponseLink(), a.getDoneAt(), (a.getDoneBy() != null) ? name(a.getDoneBy()) : null,
				a.getVersion());
	}

	AssignmentView assignment(DirectiveAssignment a) {
		return assignment(a, directive(a.getDirective()));
	}

	/**
	 * A directive with all its assignments, in the unit tree's order (as the form lists
	 * them).
	 */
	DirectiveDetail detail(Directive d) {
		var directive = directive(d);
		var order = unitOrder(directive.issuingUnit());
		var assignments = d.getAssignments()
			.stream()
			.map(a -> assignment(a, directive))
			.sorted(Comparator.comparingInt(a -> order.getOrDefault(a.unit().id(), Integer.MAX_VALUE)))
			.toList();
		return new DirectiveDetail(directive, assignments);
	}

	/**
	 * Positions of the units below the issuing unit; one query that also fills the unit
	 * cache.
	 */
	private Map<Long, Integer> unitOrder(UnitView issuingUnit) {
		return this.orders.computeIfAbsent(issuingUnit.id(), id -> {
			Map<Long, Integer> order = new HashMap<>();
			for (var unit : this.units.within(UnitScope.of(issuingUnit))) {
				this.unitsById.putIfAbsent(unit.id(), unit);
				order.put(unit.id(), order.size());
			}
			return order;
		});
	}

	UnitView unit(Long id) {
		return this.unitsById.computeIfAbsent(id, this.units::byId);
	}

	private String name(Long userId) {
		return this.namesById.computeIfAbsent(userId, id -> this.users.findById(id).map(CurrentUser::displayName))
			.orElse(null);
	}

}
