package com.tasktable.units;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface UnitRepository extends Repository<Unit, Long> {

	Optional<Unit> findByCode(String code);

	Optional<Unit> findById(Long id);

	boolean existsByCode(String code);

	@Query("select coalesce(max(u.sortOrder), 0) from Unit u where u.parentId = :parentId")
	int maxSortOrderBelow(Long parentId);

	Unit save(Unit unit);

	@Query("select u from Unit u where u.parentId is null order by u.sortOrder, u.code")
	List<Unit> findRoots();

	@Query("select u from Unit u where u.path like :pattern order by length(u.path), u.sortOrder, u.code")
	List<Unit> findByPathLike(String pattern);

}
