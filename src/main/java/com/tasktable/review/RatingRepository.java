package com.tasktable.review;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RatingRepository extends JpaRepository<Rating, Long> {

	Optional<Rating> findByUnitIdAndObligationIdAndPeriodStartAndPeriodEnd(Long unitId, Long obligationId,
			LocalDate start, LocalDate end);

	List<Rating> findByUnitIdInAndObligationIdIn(Collection<Long> unitIds, Collection<Long> obligationIds);

}
