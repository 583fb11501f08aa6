package com.tasktable.records;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import com.tasktable.audit.AuditLog;
import com.tasktable.evidence.Upload;
import com.tasktable.platform.NotFoundException;
import com.tasktable.platform.RejectedException;
import com.tasktable.platform.Violation;
import com.tasktable.units.UnitView;
import com.tasktable.units.Units;
import com.tasktable.users.CurrentUser;
import com.tasktable.users.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logging, changing and withdrawing records, with their evidence: checked by
 * {@link RecordRules}, scoped to the reporter's own unit, audited, and all-or-nothing (a
 * rejected file stores no record, a failed transaction leaves no file behind).
 */
@Service
@Transactional
public class RecordKeeping {

	private final ActivityRecordRepository records;

	private final SubmissionKeys submissions;

	private final RecordContexts contexts;

	private final EvidenceAttachments attachments;

	private final Units units;

	private final AuditLog audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	RecordKeeping(ActivityRecordRepository records, SubmissionKeys submissions, RecordContexts contexts,
			EvidenceAttachments attachments, Units units, AuditLog audit, Clock clock,
			ApplicationEventPublisher events) {
		this.events = events;
		this.records = records;
		this.submissions = submissions;
		this.contexts = contexts;
		this.attachments = attachments;
		this.units = units;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Logs a record for the reporter's own unit. A {@code token} already used by this
	 * user (double click, resend, a retry racing the first request) returns the record
	 * the first submission created and stores nothing new: the key is taken first
	 * ({@link SubmissionKeys}), so of concurrent submissions the database lets one store
	 * the record and the others wait for it and answer with its id.
	 * @return the record's id
	 */
	public Long create(CurrentUser user, Long obligationId, RecordDraft draft, List<Upload> files, UUID token) {
		var now = Instant.now(this.clock);
		if (token != null && !this.submissions.claim(user.id(), token, now)) {
			return this.submissions.recordOf(user.id(), token)
				.orElseThrow(() -> RejectedException.conflict("record.error.submissionUsed"));
		}
		var unit = reportingUnit(user);
		var target = this.contexts.target(user.scope(), obligationId);
		List<Violation> violations = new ArrayList<>();
		if (target.obligation().level() != unit.level()) {
			violations.add(Violation.of("obligation", "record.error.wrongLevel"));
		}
		else {
			violations.addAll(RecordRules.check(draft, this.contexts.context(target, unit, draft.activityDate())));
		}
		violations.addAll(this.attachments.check(files, 0));
		if (!violations.isEmpty()) {
			throw new RejectedException(violations);
		}
		draft = draft.withTitleIfMissing(target.obligation().termsOn(draft.activityDate()).title());
		var record = this.records.save(new ActivityRecord(obligationId, unit.id(), draft, user.id(), now));
		this.attachments.attach(record.getId(), files, user.id());
		if (token != null) {
			this.submissions.link(user.id(), token, record.getId());
		}
		this.audit.record(user.username(), unit.id(), "RECORD_CREATED", "record", record.getId(),
				describe(target.obligation().code(), draft, files.size()));
		return record.getId();
	}

	/**
	 * Changes a pending record of the reporter's own unit; {@code version} is what the
	 * person edited.
	 */
	public void update(CurrentUser user, Long recordId, long version, RecordDraft draft) {
		var record = ownRecord(user, recordId, version);
		var unit = this.units.byId(record.getUnitId());
		var target = this.contexts.target(user.scope(), record.getObligationId());
		List<Violation> violations = new ArrayList<>(editability(record, target, unit));
		violations.addAll(RecordRules.check(draft, this.contexts.context(target, unit, draft.activityDate())));
		if (!violations.isEmpty()) {
			throw new RejectedException(violations);
		}
		draft = draft.withTitleIfMissing(target.obligation().termsOn(draft.activityDate()).title());
		var before = record.toDraft();
		record.apply(draft, Instant.now(this.clock));
		this.audit.record(user.username(), unit.id(), "RECORD_UPDATED", "record", recordId, changes(before, draft));
		if (record.resubmit()) {
			// fixed after a return: back to the reviewer, and in the record's history
			this.records.flush();
			this.events.publishEvent(
					new RecordResubmitted(record.getId(), record.getVersion(), user.id(), Instant.now(this.clock)));
			this.audit.record(user.username(), unit.id(), "RECORD_RESUBMITTED", "record", recordId, Map.of());
		}
	}

	/**
	 * Changes a record and its files in one go (the returned record's form): all of it is
	 * stored, or nothing.
	 */
	public void update(CurrentUser user, Long recordId, long version, RecordDraft draft, List<Upload> added,
			List<Long> removed) {
		update(user, recordId, version, draft);
		for (var evidenceId : removed) {
			removeEvidence(user, recordId, evidenceId);
		}
		if (!added.isEmpty()) {
			addEvidence(user, recordId, added);
		}
	}

	/**
	 * Withdraws a pending record of the reporter's own unit: it stays visible, and never
	 * counts.
	 */
	public void withdraw(CurrentUser user, Long recordId, long version) {
		var record = ownRecord(user, recordId, version);
		var unit = this.units.byId(record.getUnitId());
		var violations = editability(record, this.contexts.target(user.scope(), record.getObligationId()), unit);
		if (!violations.isEmpty()) {
			throw new RejectedException(violations);
		}
		record.withdraw(Instant.now(this.clock));
		this.audit.record(user.username(), unit.id(), "RECORD_WITHDRAWN", "record", recordId, Map.of());
	}

	/** Attaches more files to a pending record of the reporter's own unit. */
	public void addEvidence(CurrentUser user, Long recordId, List<Upload> files) {
		var record = this.records.findById(recordId)
			.orElseThrow(() -> new NotFoundException("Record not found: " + recordId));
		var unit = visibleUnit(user, record);
		var violations = new ArrayList<>(
				editability(record, this.contexts.target(user.scope(), record.getObligationId()), unit));
		violations.addAll(this.attachments.check(files, this.attachments.count(recordId)));
		if (!violations.isEmpty()) {
			throw new RejectedException(violations);
		}
		this.attachments.attach(recordId, files, user.id());
		this.audit.record(user.username(), unit.id(), "EVIDENCE_ADDED", "record", recordId,
				Map.of("files", files.stream().map(Upload::safeName).toList()));
	}

	/**
	 * Removes one file from an editable record of the reporter's own unit; a file of
	 * another record is not found.
	 */
	public void removeEvidence(CurrentUser user, Long recordId, Long evidenceId) {
		var record = this.records.findById(recordId)
			.orElseThrow(() -> new NotFoundException("Record not found: " + recordId));
		var unit = visibleUnit(user, record);
		var violations = editability(record, this.contexts.target(user.scope(), record.getObligationId()), unit);
		if (!violations.isEmpty()) {
			throw new RejectedException(violations);
		}
		var name = this.attachments.remove(recordId, evidenceId);
		if (name == null) {
			throw new NotFoundException("Evidence not found: " + evidenceId);
		}
		this.audit.record(user.username(), unit.id(), "EVIDENCE_REMOVED", "record", recordId,
				Map.of("files", List.of(name)));
	}

	private List<Violation> editability(ActivityRecord record, RecordContexts.Target target, UnitView unit) {
		if (!record.isEditable()) {
			return List.of(Violation.whole("record.error.notEditable"));
		}
		var terms = target.obligation().termsOn(record.getActivityDate());
		var today = this.contexts.today(target.campaign());
		if (this.contexts.isLocked(target, terms, unit, record.getActivityDate(), today)) {
			return List.of(Violation.whole("record.error.locked"));
		}
		return List.of();
	}

	private ActivityRecord ownRecord(CurrentUser user, Long recordId, long version) {
		var record = this.records.findById(recordId)
			.orElseThrow(() -> new NotFoundException("Record not found: " + recordId));
		visibleUnit(user, record);
		if (record.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(ActivityRecord.class, recordId);
		}
		return record;
	}

	/**
	 * The record's unit if the user may write for it; another city's record is "not
	 * found".
	 */
	private UnitView visibleUnit(CurrentUser user, ActivityRecord record) {
		var unit = this.units.byId(record.getUnitId());
		if (!user.scope().covers(unit)) {
			throw new NotFoundException("Record not found: " + record.getId());
		}
		if (!user.canReportFor(unit)) {
			throw new AccessDeniedException("Only the unit's own reporters change its records");
		}
		return unit;
	}

	private UnitView reportingUnit(CurrentUser user) {
		if (!user.hasRole(Role.REPORTER)) {
			throw new AccessDeniedException("Only reporters log records");
		}
		return user.unit();
	}

	private static Map<String, Object> describe(String obligationCode, RecordDraft draft, int files) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("obligation", obligationCode);
		details.put("activityDate", draft.activityDate().toString());
		if (draft.title() != null) {
			details.put("title", draft.title());
		}
		details.put("files", files);
		return details;
	}

	/** Field by field, what changed: {@code {"title": {"from": "a", "to": "b"}}}. */
	static Map<String, Object> changes(RecordDraft before, RecordDraft after) {
		Map<String, Object> changes = new LinkedHashMap<>();
		compare(changes, "activityDate", before.activityDate(), after.activityDate());
		compare(changes, "title", before.title(), after.title());
		compare(changes, "details", before.details(), after.details());
		compare(changes, "links", before.links(), after.links());
		compare(changes, "outlet", before.outlet(), after.outlet());
		compare(changes, "participants", before.participants(), after.participants());
		compare(changes, "value", before.value(), after.value());
		compare(changes, "category", before.category(), after.category());
		return changes;
	}

	private static void compare(Map<String, Object> changes, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			Map<String, Object> change = new LinkedHashMap<>();
			change.put("from", (before != null) ? before.toString() : null);
			change.put("to", (after != null) ? after.toString() : null);
			changes.put(field, change);
		}
	}

}
