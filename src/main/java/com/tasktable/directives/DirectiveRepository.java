package com.tasktable.directives;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface DirectiveRepository extends Repository<Directive, Long> {

	Directive save(Directive directive);

	@Query("select d from Directive d left join fetch d.assignments where d.id = :id")
	Optional<Directive> findWithAssignments(Long id);

	@Query("select d from Directive d left join fetch d.assignments where d.issuedBy = :userId "
			+ "order by d.issuedAt desc, d.id desc")
	List<Directive> findIssuedBy(Long userId);

	long count();

}
