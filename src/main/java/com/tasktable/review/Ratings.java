package com.tasktable.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.tasktable.audit.AuditLog;
import com.tasktable.campaigns.Campaigns;
import com.tasktable.campaigns.ObligationView;
import com.tasktable.compliance.ObligationKind;
import com.tasktable.platform.NotFoundException;
import com.tasktable.platform.RejectedException;
import com.tasktable.platform.Violation;
import com.tasktable.units.UnitView;
import com.tasktable.units.Units;
import com.tasktable.users.CurrentUser;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ratings of ASSESSMENT obligations (row 4: the region evaluates each city's handling of
 * public opinion once a year): a score of 0–100 and a comment per unit and period,
 * entered by a reviewer of the unit above. The score is the item's fulfilment in scoring.
 * Audited.
 */
@Service
@Transactional
public class Ratings {

	private final RatingRepository ratings;

	private final Campaigns campaigns;

	private final Units units;

	private final RecordDecisions decisions;

	private final AuditLog audit;

	private final Clock clock;

	Ratings(RatingRepository ratings, Campaigns campaigns, Units units, RecordDecisions decisions, AuditLog audit,
			Clock clock) {
		this.ratings = ratings;
		this.campaigns = campaigns;
		this.units = units;
		this.decisions = decisions;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The assessment obligations of the units the reviewer rates in a campaign: the level
	 * below the reviewer's.
	 */
	@Transactional(readOnly = true)
	public List<ObligationView> assessments(CurrentUser reviewer, String campaignCode, int year) {
		var scope = reviewer.scope();
		var campaign = this.campaigns.get(scope, campaignCode);
		var day = campaign.clamp(LocalDate.of(year, 12, 31));
		var level = reviewer.unit().level().ordinal() + 1;
		return this.campaigns.taskTable(scope, campaignCode, day)
			.stream()
			.filter(o -> o.level().ordinal() == level && o.termsOn(day).kind() == ObligationKind.ASSESSMENT)
			.toList();
	}

	/** Every unit the reviewer rates, with its rating for the year (or none yet). */
	@Transactional(readOnly = true)
	public List<RatingView> list(CurrentUser reviewer, String campaignCode, int year) {
		var obligations = assessments(reviewer, campaignCode, year);
		var reviewed = this.units.within(reviewer.scope())
			.stream()
			.filter(u -> this.decisions.reviews(reviewer, u))
			.toList();
		if (obligations.isEmpty() || reviewed.isEmpty()) {
			return List.of();
		}
		Map<String, Rating> stored = new HashMap<>();
		for (var r : this.ratings.findByUnitIdInAndObligationIdIn(reviewed.stream().map(UnitView::id).toList(),
				obligations.stream().map(ObligationView::id).toList())) {
			stored.put(r.getUnitId() + "/" + r.getObligationId() + "/" + r.getPeriod().start(), r);
		}
		List<RatingView> rows = new ArrayList<>();
		for (var obligation : obligations) {
			var period = Exemptions.periodOf(obligation, LocalDate.of(year, 12, 31));
			if (period == null) {
				continue;
			}
			for (var unit : reviewed) {
				var r = stored.get(unit.id() + "/" + obligation.id() + "/" + period.start());
				rows.add(new RatingView(unit, obligation, period, (r != null) ? r.getScore() : null,
						(r != null) ? r.getComment() : null));
			}
		}
		return rows;
	}

	/** Rates (or re-rates) a unit for the year on an assessment obligation. */
	public void rate(CurrentUser reviewer, String campaignCode, String obligationCode, String unitCode, int year,
			Integer score, String comment) {
		var scope = reviewer.scope();
		var unit = this.units.get(scope, unitCode);
		if (!this.decisions.reviews(reviewer, unit)) {
			throw new AccessDeniedException("Only reviewers of the unit above rate it");
		}
		var obligation = assessments(reviewer, campaignCode, year).stream()
			.filter(o -> o.code().equals(obligationCode))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("No assessment " + obligationCode));
		List<Violation> violations = new ArrayList<>();
		if (score == null) {
			violations.add(Violation.of("score", "review.error.scoreRequired"));
		}
		else if (score < 0 || score > 100) {
			violations.add(Violation.of("score", "review.error.scoreRange"));
		}
		var text = (comment == null || comment.isBlank()) ? null : comment.strip();
		if (text != null && text.length() > 1000) {
			violations.add(Violation.of("comment", "review.error.commentTooLong"));
		}
		var period = Exemptions.periodOf(obligation, LocalDate.of(year, 12, 31));
		if (period == null) {
			violations.add(Violation.of("score", "review.error.noPeriod"));
		}
		if (!violations.isEmpty()) {
			throw new RejectedException(violations);
		}
		var rating = this.ratings
			.findByUnitIdAndObligationIdAndPeriodStartAndPeriodEnd(unit.id(), obligation.id(), period.start(),
					period.end())
			.orElseGet(() -> new Rating(unit.id(), obligation.id(), period));
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("obligation", obligation.code());
		details.put("period", period.key());
		if (rating.getId() != null) {
			details.put("from", rating.getScore());
		}
		details.put("score", score);
		if (text != null) {
			details.put("comment", text);
		}
		rating.rate(score, text, reviewer.id(), Instant.now(this.clock));
		try {
			rating = this.ratings.saveAndFlush(rating);
		}
		catch (DataIntegrityViolationException ex) {
			// another reviewer rated the same unit at the same moment
			throw new ObjectOptimisticLockingFailureException(Rating.class, unit.id());
		}
		this.audit.record(reviewer.username(), unit.id(), "RATING_SAVED", "rating", rating.getId(), details);
	}

}
