package com.tasktable.campaigns;

import java.util.List;
import java.util.Optional;

import com.tasktable.units.UnitLevel;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ObligationRepository extends Repository<Obligation, Long> {

	/**
	 * The whole task table of a campaign: obligations with their rows and versions in one
	 * statement.
	 */
	@Query("""
			select distinct o from Obligation o
			join fetch o.taskItem t
			join fetch o.versions
			where o.campaignId = :campaignId
			order by t.number, o.sequence
			""")
	List<Obligation> findTaskTable(Long campaignId);

	@Query("select o from Obligation o join fetch o.taskItem join fetch o.versions where o.id = :id")
	Optional<Obligation> findWithVersions(Long id);

	@Query("""
			select o from Obligation o join fetch o.taskItem join fetch o.versions
			where o.campaignId = :campaignId and o.code = :code
			""")
	Optional<Obligation> findWithVersions(Long campaignId, String code);

	Obligation save(Obligation obligation);

	@Query("select coalesce(max(o.sequence), 0) from Obligation o where o.taskItem.id = :rowId and o.level = :level")
	int maxSequence(Long rowId, UnitLevel level);

}
