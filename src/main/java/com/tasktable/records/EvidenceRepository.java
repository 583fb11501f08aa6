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

	long countByRecordId(Long recordId);

	void delete(Evidence evidence);

}
