package com.tasktable.audit;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AuditEventRepository extends Repository<AuditEvent, Long>, AuditEventSearch {

	AuditEvent save(AuditEvent event);

	List<AuditEvent> findByActionOrderByIdDesc(String action, Pageable page);

	List<AuditEvent> findAllByOrderByIdDesc(Pageable page);

	/**
	 * The distinct actions, by a loose index scan on {@code audit_event_action_idx}: one
	 * index probe per action instead of reading the whole log on every page view.
	 */
	@Query(nativeQuery = true, value = """
			with recursive actions (action) as (
			    (select action from audit_event order by action limit 1)
			    union all
			    select (select e.action from audit_event e where e.action > a.action order by e.action limit 1)
			    from actions a where a.action is not null)
			select action from actions where action is not null""")
	List<String> findDistinctActions();

}
