package com.tasktable.audit;

import com.tasktable.units.UnitScope;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The audit page's query, written by hand because its criteria are all optional. */
interface AuditEventSearch {

	Page<AuditEvent> search(UnitScope scope, boolean includeUnitless, AuditQuery query, Pageable pageable);

}
