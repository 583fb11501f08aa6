package com.tasktable.records;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActivityRecordRepository extends JpaRepository<ActivityRecord, Long> {

	@Query("""
			select r from ActivityRecord r
			where r.unitId in :unitIds and r.obligationId in :obligationIds
			  and (:state is null or r.state = :state)
			  and r.activityDate between :from and :to
			order by r.createdAt desc, r.id desc
			""")
	Page<ActivityRecord> search(Collection<Long> unitIds, Collection<Long> obligationIds, RecordState state,
			LocalDate from, LocalDate to, Pageable page);

	@Query("""
			select r from ActivityRecord r
			where r.unitId = :unitId and r.obligationId = :obligationId
			  and r.activityDate between :from and :to and r.state in :states
			""")
	List<ActivityRecord> findInRange(Long unitId, Long obligationId, LocalDate from, LocalDate to,
			Collection<RecordState> states);

	/** Pending records per unit for the units whose path matches. */
	@Query(value = """
			select u.id as unitId, count(r.id) as pending
			from unit u left join activity_record r on r.unit_id = u.id and r.state = 'PENDING'
			where u.path like :pathPattern
			group by u.id
			""", nativeQuery = true)
	List<UnitPending> countPendingByUnit(String pathPattern);

	@Query("select r from ActivityRecord r where r.unitId = :unitId order by r.activityDate desc, r.id desc")
	List<ActivityRecord> findRecent(Long unitId, Pageable page);

	List<ActivityRecord> findByUnitIdAndStateOrderByUpdatedAtDesc(Long unitId, RecordState state);

	interface UnitPending {

		Long getUnitId();

		Long getPending();

	}

}
