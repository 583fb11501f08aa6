package com.tasktable.records;

import java.time.Instant;
import java.util.List;

import com.tasktable.platform.NotFoundException;
import com.tasktable.units.UnitScope;
import com.tasktable.units.Units;
import com.tasktable.users.CurrentUser;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The records side of review: a record as a reviewer reads it, the state a decision puts
 * it in, and a reporter's returned records. Who may decide, the history and the audit are
 * the review module's ({@code review.RecordDecisions}).
 */
@Service
@Transactional(readOnly = true)
public class RecordsInReview {

	private final ActivityRecordRepository records;

	private final RecordContexts contexts;

	private final Units units;

	RecordsInReview(ActivityRecordRepository records, RecordContexts contexts, Units units) {
		this.records = records;
		this.contexts = contexts;
		this.units = units;
	}

	/** The record, if it exists inside the scope ("not found" otherwise). */
	public RecordInReview find(UnitScope scope, Long recordId) {
		var record = this.records.findById(recordId)
			.orElseThrow(() -> new NotFoundException("Record not found: " + recordId));
		var unit = this.units.byId(record.getUnitId());
		if (!scope.covers(unit)) {
			throw new NotFoundException("Record not found: " + recordId);
		}
		return view(scope, record);
	}

	/**
	 * Puts the version of a pending record a reviewer decided on in its new state. The
	 * version-checked update runs now: of two reviewers deciding at once, the second
	 * finds the version changed (a conflict) and nothing is stored. The caller checks
	 * that the decider reviews the record's unit and writes the decision and the audit
	 * entry in the same transaction.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void decide(Long recordId, long version, RecordState decision, Instant at) {
		if (decision != RecordState.APPROVED && decision != RecordState.RETURNED) {
			throw new IllegalArgumentException("A reviewer approves or returns: " + decision);
		}
		var record = this.records.findById(recordId)
			.orElseThrow(() -> new NotFoundException("Record not found: " + recordId));
		if (record.getVersion() != version || record.getState() != RecordState.PENDING) {
			throw new ObjectOptimisticLockingFailureException(ActivityRecord.class, recordId);
		}
		record.decide(decision, at);
		this.records.flush();
	}

	/** The reporter's unit's returned records, latest change first. */
	public List<RecordInReview> returned(CurrentUser reporter) {
		return this.records.findByUnitIdAndStateOrderByUpdatedAtDesc(reporter.unit().id(), RecordState.RETURNED)
			.stream()
			.map((r) -> view(reporter.scope(), r))
			.toList();
	}

	private RecordInReview view(UnitScope scope, ActivityRecord record) {
		var target = this.contexts.target(scope, record.getObligationId());
		return new RecordInReview(record.getId(), record.getVersion(), record.getState(),
				this.units.byId(record.getUnitId()), target.obligation().code(), record.getActivityDate(),
				record.toDraft().title(), record.getUpdatedAt(), target.campaign().timeZone());
	}

}
