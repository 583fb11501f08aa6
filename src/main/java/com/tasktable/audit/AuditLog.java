package com.tasktable.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.tasktable.units.UnitScope;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes audit entries; joins the caller's transaction so that the entry and the change
 * commit together. Reviewers and administrators read them within their unit scope.
 */
@Service
public class AuditLog {

	public static final int PAGE_SIZE = 50;

	/** Keeps the row offset of a tampered page number within an int. */
	private static final int LAST_PAGE = Integer.MAX_VALUE / PAGE_SIZE - 1;

	private final AuditEventRepository events;

	private final Clock clock;

	AuditLog(AuditEventRepository events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String actor, Long unitId, String action, String entityType, Object entityId,
			Map<String, ?> details) {
		write(actor, unitId, action, entityType, entityId, details);
	}

	/** For events outside any business transaction, such as sign-in attempts. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordStandalone(String actor, Long unitId, String action, Map<String, ?> details) {
		write(actor, unitId, action, null, null, details);
	}

	@Transactional(readOnly = true)
	public List<AuditEntry> latest(String action, int limit) {
		var page = PageRequest.of(0, limit);
		var found = (action == null) ? this.events.findAllByOrderByIdDesc(page)
				: this.events.findByActionOrderByIdDesc(action, page);
		return found.stream().map(AuditEvent::toEntry).toList();
	}

	/**
	 * One page of entries, newest first, inside the reader's scope. Entries without a
	 * unit (failed sign-ins) are in no scope, so only an administrator may include them.
	 * @param scope the reader's scope; entries of units outside it are never returned
	 * @param includeUnitless whether to add the entries without a unit
	 * @param query the filters
	 * @param page zero-based page number; pages hold {@value #PAGE_SIZE} entries
	 * @return the page with the total number of matching entries
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN') and (!#includeUnitless or hasRole('ADMIN'))")
	public Page<AuditEntry> search(UnitScope scope, boolean includeUnitless, AuditQuery query, int page) {
		var pageable = PageRequest.of(Math.max(0, Math.min(page, LAST_PAGE)), PAGE_SIZE);
		return this.events.search(scope, includeUnitless, query, pageable).map(AuditEvent::toEntry);
	}

	/**
	 * The actions that occur in the log, for a filter. Not scoped: they are names from
	 * the code, not data of any unit.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('REVIEWER', 'ADMIN')")
	public List<String> actions() {
		return this.events.findDistinctActions();
	}

	private void write(String actor, Long unitId, String action, String entityType, Object entityId,
			Map<String, ?> details) {
		this.events.save(new AuditEvent(Instant.now(this.clock), actor, unitId, action, entityType,
				(entityId != null) ? entityId.toString() : null,
				(details != null) ? new LinkedHashMap<>(details) : Map.of(), remoteAddress()));
	}

	private static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		return null;
	}

}
