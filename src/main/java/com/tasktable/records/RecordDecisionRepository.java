package com.tasktable.records;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RecordDecisionRepository extends JpaRepository<RecordDecision, Long> {

	List<RecordDecision> findByRecordIdOrderByDecidedAtAscIdAsc(Long recordId);

	List<RecordDecision> findByRecordIdInAndActionOrderByDecidedAtDescIdDesc(Collection<Long> recordIds,
			Decision action);

}
