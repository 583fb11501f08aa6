package com.tasktable.directives;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface DirectiveAssignmentRepository extends Repository<DirectiveAssignment, Long> {

	/**
	 * An assignment only if it belongs to the unit: a tampered id from another unit is
	 * not found.
	 */
	@Query("select a from DirectiveAssignment a join fetch a.directive where a.id = :id and a.unitId = :unitId")
	Optional<DirectiveAssignment> findForUnit(Long id, Long unitId);

	/** A unit's assignments, nearest deadline first. */
	@Query("select a from DirectiveAssignment a join fetch a.directive d where a.unitId = :unitId "
			+ "order by d.deadline, d.id")
	List<DirectiveAssignment> findByUnit(Long unitId);

	/** A unit's assignments not done yet (open or overdue), nearest deadline first. */
	@Query("select a from DirectiveAssignment a join fetch a.directive d where a.unitId = :unitId "
			+ "and a.status = 'OPEN' order by d.deadline, d.id")
	List<DirectiveAssignment> findOpenByUnit(Long unitId);

}
