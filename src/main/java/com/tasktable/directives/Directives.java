package com.tasktable.directives;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.tasktable.audit.AuditLog;
import com.tasktable.campaigns.CampaignView;
import com.tasktable.campaigns.Campaigns;
import com.tasktable.units.UnitNotFoundException;
import com.tasktable.units.UnitView;
import com.tasktable.units.Units;
import com.tasktable.users.CurrentUser;
import com.tasktable.users.Role;
import com.tasktable.users.Users;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues directives and records their completion. Every method takes the signed-in user
 * and checks role and scope itself, whatever the page showed: a reviewer addresses only
 * units strictly below their own, a reporter answers only for their own unit, and
 * anything else is "not found".
 */
@Service
@Transactional(readOnly = true)
public class Directives {

	private final DirectiveRepository directives;

	private final DirectiveAssignmentRepository assignments;

	private final Units units;

	private final Users users;

	private final Campaigns campaigns;

	private final AuditLog audit;

	private final Clock clock;

	Directives(DirectiveRepository directives, DirectiveAssignmentRepository assignments, Units units, Users users,
			Campaigns campaigns, AuditLog audit, Clock clock) {
		this.directives = directives;
		this.assignments = assignments;
		this.units = units;
		this.users = users;
		this.campaigns = campaigns;
		this.audit = audit;
		this.clock = clock;
	}

	/** The units a reviewer may address: every unit strictly below their own. */
	public List<UnitView> addressableUnits(CurrentUser reviewer) {
		requireRole(reviewer, Role.REVIEWER);
		return this.units.within(reviewer.scope()).stream().filter(u -> !u.id().equals(reviewer.unit().id())).toList();
	}

	/**
	 * The campaign a new directive belongs to: the one running now in the user's scope.
	 */
	public Optional<CampaignView> currentCampaign(CurrentUser user) {
		return this.campaigns.running(user.scope(), this.clock);
	}

	/**
	 * Issues a directive to the chosen units. A unit outside the reviewer's reach fails
	 * the whole request as "not found", before anything is stored.
	 */
	@Transactional
	public DirectiveView issue(CurrentUser reviewer, NewDirective request) {
		Map<Long, UnitView> reachable = addressableUnits(reviewer).stream()
			.collect(Collectors.toMap(UnitView::id, Function.identity()));
		List<UnitView> targets = new ArrayList<>();
		for (var unitId : request.unitIds()) {
			var unit = reachable.get(unitId);
			if (unit == null) {
				throw new UnitNotFoundException("#" + unitId);
			}
			targets.add(unit);
		}
		var campaign = currentCampaign(reviewer)
			.orElseThrow(() -> new IllegalStateException("No campaign is running for " + reviewer.unit().code()));
		DirectiveRules.check(request, targets, campaign, this.clock);
		var obligationId = DirectiveRules.obligationFor(this.campaigns, reviewer.scope(), campaign, targets,
				campaign.clamp(campaign.today(this.clock)));
		var directive = new Directive(campaign.id(), obligationId, reviewer.unit().id(), request.title().trim(),
				DirectiveRules.blankToNull(request.text()), DirectiveRules.blankToNull(request.link()),
				request.deadline(), reviewer.id(), Instant.now(this.clock));
		targets.forEach(unit -> directive.assignTo(unit.id()));
		var saved = this.directives.save(directive);
		this.audit.record(reviewer.username(), reviewer.unit().id(), "DIRECTIVE_ISSUED", "directive", saved.getId(),
				saved.auditDetails(campaign.code(), targets.stream().map(UnitView::code).sorted().toList()));
		return views(reviewer).directive(saved);
	}

	/** The directives a reviewer issued, newest first. */
	public List<DirectiveDetail> issuedBy(CurrentUser reviewer) {
		requireRole(reviewer, Role.REVIEWER);
		var views = views(reviewer);
		return this.directives.findIssuedBy(reviewer.id()).stream().map(views::detail).toList();
	}

	/**
	 * A directive with every unit's status, for reviewers of the issuing unit or of a
	 * unit above it.
	 */
	public DirectiveDetail get(CurrentUser reviewer, Long id) {
		var directive = this.directives.findWithAssignments(id)
			.filter(d -> reviewer.hasRole(Role.REVIEWER))
			.orElseThrow(() -> new DirectiveNotFoundException("#" + id));
		var views = views(reviewer);
		if (!reviewer.scope().covers(views.unit(directive.getIssuingUnitId()))) {
			throw new DirectiveNotFoundException("#" + id);
		}
		return views.detail(directive);
	}

	/**
	 * The reporter's unit's directives not done yet (open or overdue), nearest deadline
	 * first.
	 */
	public List<AssignmentView> openFor(CurrentUser reporter) {
		if (!reporter.hasRole(Role.REPORTER)) {
			return List.of();
		}
		var views = views(reporter);
		return this.assignments.findOpenByUnit(reporter.unit().id()).stream().map(views::assignment).toList();
	}

	/** All the reporter's unit's directives, done or not, nearest deadline first. */
	public List<AssignmentView> assignedTo(CurrentUser reporter) {
		if (!reporter.hasRole(Role.REPORTER)) {
			return List.of();
		}
		var views = views(reporter);
		return this.assignments.findByUnit(reporter.unit().id()).stream().map(views::assignment).toList();
	}

	/** One of the reporter's unit's assignments; another unit's is "not found". */
	public AssignmentView assignment(CurrentUser reporter, Long assignmentId) {
		return views(reporter).assignment(ownAssignment(reporter, assignmentId));
	}

	/**
	 * Marks the reporter's unit's assignment done. A stale version, or an assignment
	 * already done (a second click, a resent form), is a conflict and changes nothing.
	 */
	@Transactional
	public AssignmentView complete(CurrentUser reporter, Long assignmentId, Completion completion) {
		var assignment = ownAssignment(reporter, assignmentId);
		if (assignment.isDone() || assignment.getVersion() != completion.version()) {
			throw new ObjectOptimisticLockingFailureException(DirectiveAssignment.class, assignmentId);
		}
		var response = DirectiveRules.blankToNull(completion.response());
		var link = DirectiveRules.blankToNull(completion.responseLink());
		DirectiveRules.checkCompletion(response, link);
		assignment.markDone(response, link, reporter.id(), Instant.now(this.clock));
		var view = views(reporter).assignment(assignment);
		this.audit.record(reporter.username(), reporter.unit().id(), "DIRECTIVE_DONE", "directive_assignment",
				assignmentId, assignment.auditDetails(view.status()));
		return view;
	}

	/**
	 * What the API lists for the caller: the directives they issued (every unit) and
	 * those addressed to their unit (that unit only), newest first.
	 */
	public List<DirectiveDetail> forCaller(CurrentUser user) {
		Map<Long, DirectiveDetail> found = new LinkedHashMap<>();
		if (user.hasRole(Role.REVIEWER)) {
			issuedBy(user).forEach(d -> found.put(d.directive().id(), d));
		}
		for (var assignment : assignedTo(user)) {
			found.putIfAbsent(assignment.directive().id(),
					new DirectiveDetail(assignment.directive(), List.of(assignment)));
		}
		return found.values()
			.stream()
			.sorted((a, b) -> b.directive().issuedAt().compareTo(a.directive().issuedAt()))
			.toList();
	}

	private DirectiveAssignment ownAssignment(CurrentUser reporter, Long assignmentId) {
		return this.assignments.findForUnit(assignmentId, reporter.unit().id())
			.filter(a -> reporter.canReportFor(reporter.unit()))
			.orElseThrow(() -> new DirectiveNotFoundException("assignment #" + assignmentId));
	}

	private DirectiveViews views(CurrentUser reader) {
		return new DirectiveViews(this.units, this.users, this.campaigns.visibleTo(reader.scope()), this.clock);
	}

	private static void requireRole(CurrentUser user, Role role) {
		if (!user.hasRole(role)) {
			throw new AccessDeniedException("Only a " + role + " may do this");
		}
	}

}
