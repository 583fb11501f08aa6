package com.tasktable.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.tasktable.units.UnitScope;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;

/**
 * One native statement for a page and one for the total, whatever the filters: the SQL
 * holds only the conditions in use, so PostgreSQL plans each combination with the index
 * that fits it (see {@code V5__audit_indexes.sql}). Scope is a join on the unit's
 * materialised path; user input only ever reaches the statement as a bind parameter.
 */
class AuditEventSearchImpl implements AuditEventSearch {

	private final EntityManager entityManager;

	AuditEventSearchImpl(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	public Page<AuditEvent> search(UnitScope scope, boolean includeUnitless, AuditQuery query, Pageable pageable) {
		var where = Where.of(scope, includeUnitless, query);
		var select = where.bind(this.entityManager.createNativeQuery(
				"select e.* " + where.sql() + " order by e.occurred_at desc, e.id desc", AuditEvent.class));
		select.setFirstResult((int) pageable.getOffset());
		select.setMaxResults(pageable.getPageSize());
		@SuppressWarnings("unchecked")
		List<AuditEvent> content = select.getResultList();
		// The count is skipped when the page itself tells the total (a short first page).
		return PageableExecutionUtils.getPage(content, pageable,
				() -> ((Number) where.bind(this.entityManager.createNativeQuery("select count(*) " + where.sql()))
					.getSingleResult()).longValue());
	}

	/** The {@code from ... where ...} part shared by the page and the count. */
	record Where(String sql, Map<String, Object> parameters) {

		static Where of(UnitScope scope, boolean includeUnitless, AuditQuery query) {
			var sql = new StringBuilder();
			Map<String, Object> parameters = new LinkedHashMap<>();
			// Entries without a unit (failed sign-ins) belong to no scope; only
			// administrators see them.
			if (includeUnitless) {
				sql.append("from audit_event e left join unit u on u.id = e.unit_id")
					.append(" where (u.path like :scope or e.unit_id is null)");
			}
			else {
				sql.append("from audit_event e join unit u on u.id = e.unit_id where u.path like :scope");
			}
			parameters.put("scope", scope.pathPattern());
			if (query.unit() != null) {
				// Both conditions hold, so a unit outside the scope finds nothing rather
				// than widening it.
				sql.append(" and u.path like :unit");
				parameters.put("unit", query.unit().pathPattern());
			}
			if (query.actor() != null) {
				// Failed sign-ins keep the name as typed, hence lower(): matches
				// audit_event_actor_idx.
				sql.append(query.actorPrefix() ? " and lower(e.actor) like :actor" : " and lower(e.actor) = :actor");
				var actor = query.actor().toLowerCase(Locale.ROOT);
				parameters.put("actor", query.actorPrefix() ? escapeLike(actor) + "%" : actor);
			}
			if (query.kind() != AuditQuery.Kind.ALL) {
				sql.append((query.kind() == AuditQuery.Kind.SIGN_INS) ? " and e.action in (:signIns)"
						: " and e.action not in (:signIns)");
				parameters.put("signIns", AuditEntry.SIGN_IN_ACTIONS);
			}
			if (query.action() != null) {
				sql.append(" and e.action = :action");
				parameters.put("action", query.action());
			}
			if (query.from() != null) {
				sql.append(" and e.occurred_at >= :from");
				parameters.put("from", query.from());
			}
			if (query.to() != null) {
				sql.append(" and e.occurred_at < :to");
				parameters.put("to", query.to());
			}
			if (query.entityType() != null) {
				sql.append(" and e.entity_type = :entityType");
				parameters.put("entityType", query.entityType());
			}
			if (query.entityId() != null) {
				sql.append(" and e.entity_id = :entityId");
				parameters.put("entityId", query.entityId());
			}
			return new Where(sql.toString(), parameters);
		}

		Query bind(Query query) {
			this.parameters.forEach(query::setParameter);
			return query;
		}

		/** Backslash is PostgreSQL's default LIKE escape. */
		static String escapeLike(String text) {
			return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		}

	}

}
