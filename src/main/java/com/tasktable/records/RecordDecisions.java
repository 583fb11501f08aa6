package com.tasktable.records;

import com.tasktable.platform.RejectedException;
import com.tasktable.platform.Violation;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.tasktable.audit.AuditLog;
import com.tasktable.platform.NotFoundException;
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
 * Reviewers' decisions on records: approve (one or many) or return for correction with a
 * reason. A reviewer decides for the units directly below their own (the region for its
 * cities, a city for its counties). A decision is final for the version of the record it
 * was taken on: a stale version, or a record someone else decided first, is a conflict
 * and nothing is stored. Every decision is kept in the record's history and audited.
 */
@Service
@Transactional
public class RecordDecisions {

	private final ActivityRecordRepository records;

	private final RecordDecisionRepository decisions;

	private final RecordContexts contexts;

	private final Units units;

	private final Users users;

	private final AuditLog audit;

	private final Clock clock;

	RecordDecisions(ActivityRecordRepository records, RecordDecisionRepository decisions, RecordContexts contexts,
			Units units, Users users, AuditLog audit, Clock clock) {
		this.records = records;
		this.decisions = decisions;
		this.contexts = contexts;
		this.units = units;
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
		if (reason == null || reason.isBlank()) {
			throw new RejectedException(List.of(Violation.of("reason", "review.error.reasonRequired")));
		}
		if (reason.strip().length() > 1000) {
			throw new RejectedException(List.of(Violation.of("reason", "review.error.reasonTooLong")));
		}
		decide(reviewer, recordId, version, RecordState.RETURNED, reason.strip());
	}

	/**
	 * Whether the reader reviews the record's unit (the unit is directly below theirs).
	 */
	public boolean reviews(CurrentUser reader, UnitView unit) {
		return reader.hasRole(Role.REVIEWER) && reader.unit().id().equals(unit.parentId());
	}

	/** A record's review history, oldest first (inside the reader's scope). */
	@Transactional(readOnly = true)
	public List<DecisionView> history(CurrentUser reader, Long recordId) {
		var record = this.records.findById(recordId)
			.orElseThrow(() -> new NotFoundException("Record not found: " + recordId));
		if (!reader.scope().covers(this.units.byId(record.getUnitId()))) {
			throw new NotFoundException("Record not found: " + recordId);
		}
		var zone = this.contexts.target(reader.scope(), record.getObligationId()).campaign().timeZone();
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
		var returned = this.records.findByUnitIdAndStateOrderByUpdatedAtDesc(reporter.unit().id(),
				RecordState.RETURNED);
		if (returned.isEmpty()) {
			return List.of();
		}
		Map<Long, RecordDecision> latest = new HashMap<>();
		for (var d : this.decisions.findByRecordIdInAndActionOrderByDecidedAtDescIdDesc(
				returned.stream().map(ActivityRecord::getId).toList(), Decision.RETURNED)) {
			latest.putIfAbsent(d.getRecordId(), d);
		}
		List<ReturnedRecord> rows = new ArrayList<>();
		for (var r : returned) {
			var target = this.contexts.target(reporter.scope(), r.getObligationId());
			var decision = latest.get(r.getId());
			var zone = target.campaign().timeZone();
			rows.add(new ReturnedRecord(r.getId(), target.obligation().code(), r.getActivityDate(), r.toDraft().title(),
					(decision != null) ? decision.getReason() : null,
					((decision != null) ? decision.getDecidedAt() : r.getUpdatedAt()).atZone(zone)));
		}
		return rows;
	}

	/** Called by {@link RecordKeeping} when a reporter fixes a returned record. */
	void resubmitted(CurrentUser reporter, ActivityRecord record) {
		this.decisions.save(new RecordDecision(record.getId(), Decision.RESUBMITTED, null, record.getVersion(),
				reporter.id(), Instant.now(this.clock)));
	}

	private void decide(CurrentUser reviewer, Long recordId, long version, RecordState decision, String reason) {
		var record = this.records.findById(recordId)
			.orElseThrow(() -> new NotFoundException("Record not found: " + recordId));
		var unit = this.units.byId(record.getUnitId());
		if (!reviewer.scope().covers(unit)) {
			throw new NotFoundException("Record not found: " + recordId);
		}
		if (!reviews(reviewer, unit)) {
			throw new AccessDeniedException("Only reviewers of the unit above decide on its records");
		}
		if (record.getVersion() != version || record.getState() != RecordState.PENDING) {
			throw new ObjectOptimisticLockingFailureException(ActivityRecord.class, recordId);
		}
		var now = Instant.now(this.clock);
		record.decide(decision, now);
		// the version-checked update runs now: of two reviewers deciding at once, the
		// second finds the version changed and stores nothing
		this.records.flush();
		var action = (decision == RecordState.APPROVED) ? Decision.APPROVED : Decision.RETURNED;
		this.decisions.save(new RecordDecision(recordId, action, reason, version, reviewer.id(), now));
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("obligation", this.contexts.target(reviewer.scope(), record.getObligationId()).obligation().code());
		details.put("activityDate", record.getActivityDate().toString());
		details.put("version", version);
		if (reason != null) {
			details.put("reason", reason);
		}
		this.audit.record(reviewer.username(), unit.id(),
				(decision == RecordState.APPROVED) ? "RECORD_APPROVED" : "RECORD_RETURNED", "record", recordId,
				details);
	}

}
