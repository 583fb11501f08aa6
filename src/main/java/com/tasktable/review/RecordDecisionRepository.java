package com.tasktable.review;

import java.util.Collection;
import java.util.List;

import com.tasktable.records.Decision;

import org.springframework.data.jpa.repository.JpaRepository;

interface RecordDecisionRepository extends JpaRepository<RecordDecision, Long> {

	List<RecordDecision> findByRecordIdOrderByDecidedAtAscIdAsc(Long recordId);

	List<RecordDecision> findByRecordIdInAndActionOrderByDecidedAtDescIdDesc(Collection<Long> recordIds,
			Decision action);

}
