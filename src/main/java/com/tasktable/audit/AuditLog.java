package com.tasktable.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes audit entries; joins the caller's transaction so that the entry and the change
 * commit together.
 */
@Service
public class AuditLog {

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

	private void write(String actor, Long unitId, String action, String entityType, Object entityId,
			Map<String, ?> details) {
		this.events.save(new AuditEvent(Instant.now(this.clock), actor, unitId, action, entityType,
				(entityId != null) ? entityId.toString() : null,
				(details != null) ? new java.util.LinkedHashMap<>(details) : Map.of(), remoteAddress()));
	}

	private static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		return null;
	}

}
