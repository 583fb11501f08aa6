package com.tasktable.review;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.tasktable.audit.AuditLog;
import com.tasktable.platform.FieldRules;
import com.tasktable.platform.RejectedException;
import com.tasktable.records.Decision;
import com.tasktable.records.DecisionView;
import com.tasktable.records.RecordInReview;
import com.tasktable.records.RecordResubmitted;
import com.tasktable.records.RecordReviews;
import com.tasktable.records.RecordState;
import com.tasktable.records.RecordsInReview;
import com.tasktable.units.UnitView;
import com.tasktable.users.CurrentUser;
import com.tasktable.users.Role;
import com.tasktable.users.Users;

import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviewers' decisions on records: approve (one or many) or return for correction with a
 * reason. A reviewer decides for the units directly below their own (the region for its
 * cities, a city for its counties). A decision is final for the version of the record it
 * was taken on: a stale version, or a record someone else decided first, is a conflict
 * and nothing is stored. Every decision is kept in the record's history and audited.
 */
@Service
@Transactional
public class RecordDecisions implements RecordReviews {

	private final RecordDecisionRepository decisions;

	private final RecordsInReview records;

	private final Users users;

	private final AuditLog audit;

	private final Clock clock;

	private final FieldRules fieldRules;

	RecordDecisions(RecordsInReview records, RecordDecisionRepository decisions, Users users, AuditLog audit,
			Clock clock, FieldRules fieldRules) {
		this.fieldRules = fieldRules;
		this.records = records;
		this.decisions = decisions;
		this.users = users;
		this.audit = audit;
		this.clock = clock;
	}

	/** Approves the version of a pending record the reviewer saw. */
	public void approve(CurrentUser reviewer, Long recordId, long version) {
		decide(reviewer, recordId, version, RecordState.APPROVED, null);
	}

	/**
	 * Approves several records at once: all or nothing (one conflict stores none of
	 * them).
	 * @param versions the version seen of each record, by id
	 */
	public int approveAll(CurrentUser reviewer, Map<Long, Long> versions) {
		for (var entry : versions.entrySet()) {
			decide(reviewer, entry.getKey(), entry.getValue(), RecordState.APPROVED, null);
		}
		return versions.size();
	}

	/** Returns a pending record to its reporter with a reason (required). */
	public void returnForCorrection(CurrentUser reviewer, Long recordId, long version, String reason) {
		var text = Reason.of(reason);
		RejectedException.throwIfAny(this.fieldRules.check(text));
		decide(reviewer, recordId, version, RecordState.RETURNED, text.reason());
	}

	/**
	 * Whether the reader reviews the record's unit (the unit is directly below theirs).
	 */
	@Override
	public boolean reviews(CurrentUser reader, UnitView unit) {
		return reader.hasRole(Role.REVIEWER) && reader.unit().id().equals(unit.parentId());
	}

	/** A record's review history, oldest first (inside the reader's scope). */
	@Override
	@Transactional(readOnly = true)
	public List<DecisionView> history(CurrentUser reader, Long recordId) {
		var zone = this.records.find(reader.scope(), recordId).zone();
		Map<Long, String> names = new HashMap<>();
		return this.decisions.findByRecordIdOrderByDecidedAtAscIdAsc(recordId)
			.stream()
			.map(d -> new DecisionView(d.getAction(), d.getReason(), d.getRecordVersion(),
					names.computeIfAbsent(d.getDecidedBy(),
							id -> this.users.findById(id).map(CurrentUser::displayName).orElse("—")),
					d.getDecidedAt().atZone(zone)))
			.toList();
	}

	/**
	 * The reporter's unit's returned records, latest first, each with the reason it was
	 * returned.
	 */
	@Transactional(readOnly = true)
	public List<ReturnedRecord> returnedFor(CurrentUser reporter) {
		var returned = this.records.returned(reporter);
		if (returned.isEmpty()) {
			return List.of();
		}
		Map<Long, RecordDecision> latest = new HashMap<>();
		for (var d : this.decisions.findByRecordIdInAndActionOrderByDecidedAtDescIdDesc(
				returned.stream().map(RecordInReview::id).toList(), Decision.RETURNED)) {
			latest.putIfAbsent(d.getRecordId(), d);
		}
		List<ReturnedRecord> rows = new ArrayList<>();
		for (var r : returned) {
			var decision = latest.get(r.id());
			rows.add(new ReturnedRecord(r.id(), r.obligationCode(), r.activityDate(), r.title(),
					(decision != null) ? decision.getReason() : null,
					((decision != null) ? decision.getDecidedAt() : r.updatedAt()).atZone(r.zone())));
		}
		return rows;
	}

	/** A reporter fixed a returned record: the step goes into its history. */
	@EventListener
	void resubmitted(RecordResubmitted event) {
		this.decisions.save(new RecordDecision(event.recordId(), Decision.RESUBMITTED, null, event.recordVersion(),
				event.reporterId(), event.at()));
	}

	private void decide(CurrentUser reviewer, Long recordId, long version, RecordState decision, String reason) {
		var record = this.records.find(reviewer.scope(), recordId);
		if (!reviews(reviewer, record.unit())) {
			throw new AccessDeniedException("Only reviewers of the unit above decide on its records");
		}
		var now = Instant.now(this.clock);
		this.records.decide(recordId, version, decision, now);
		var action = (decision == RecordState.APPROVED) ? Decision.APPROVED : Decision.RETURNED;
		this.decisions.save(new RecordDecision(recordId, action, reason, version, reviewer.id(), now));
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("obligation", record.obligationCode());
		details.put("activityDate", record.activityDate().toString());
		details.put("version", version);
		if (reason != null) {
			details.put("reason", reason);
		}
		this.audit.record(reviewer.username(), record.unit().id(),
				(decision == RecordState.APPROVED) ? "RECORD_APPROVED" : "RECORD_RETURNED", "record", recordId,
				details);
	}

}
