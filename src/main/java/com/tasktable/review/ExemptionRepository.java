package com.tasktable.review;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExemptionRepository extends JpaRepository<Exemption, Long> {

	boolean existsByUnitIdAndObligationIdAndPeriodStartAndPeriodEnd(Long unitId, Long obligationId, LocalDate start,
			LocalDate end);

	List<Exemption> findByUnitIdInAndObligationIdInOrderByPeriodStartDesc(Collection<Long> unitIds,
			Collection<Long> obligationIds);

}
