package com.tasktable.records;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface EvidenceRepository extends Repository<Evidence, Long> {

	Evidence save(Evidence evidence);

	Optional<Evidence> findById(Long id);

	List<Evidence> findByRecordIdOrderById(Long recordId);

	@Query("select e from Evidence e where e.recordId in :recordIds and e.thumbnailKey is not null order by e.id")
	List<Evidence> findImages(Collection<Long> recordIds);

	/**
	 * The files of these records whose unit lies under the path pattern (a scope), by
	 * record then as attached: one statement for a whole page of records.
	 */
	@Query(value = """
			select e.* from evidence e
			join activity_record r on r.id = e.record_id
			join unit u on u.id = r.unit_id
			where e.record_id in (:recordIds) and u.path like :pathPattern
			order by e.record_id, e.id""", nativeQuery = true)
	List<Evidence> findForRecordsUnder(Collection<Long> recordIds, String pathPattern);

	long countByRecordId(Long recordId);

	void delete(Evidence evidence);

}
