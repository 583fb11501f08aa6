package com.tasktable.audit;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

interface AuditEventRepository extends Repository<AuditEvent, Long> {

	AuditEvent save(AuditEvent event);

	List<AuditEvent> findByActionOrderByIdDesc(String action, Pageable page);

	List<AuditEvent> findAllByOrderByIdDesc(Pageable page);

}
