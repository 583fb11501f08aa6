package com.tasktable.review;

import java.time.LocalDate;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface UnlockRepository extends Repository<PeriodUnlock, Long> {

	PeriodUnlock save(PeriodUnlock unlock);

	List<PeriodUnlock> findByUnitIdOrderByUnlockedAtDesc(Long unitId);

	@Query("select u from PeriodUnlock u where u.unitId = :unitId and u.fromDate <= :day and u.toDate >= :day")
	List<PeriodUnlock> findCovering(Long unitId, LocalDate day);

}
