package com.tasktable.campaigns;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface CampaignRepository extends Repository<Campaign, Long> {

	List<Campaign> findAllByOrderByStartDateDesc();

	Optional<Campaign> findByCode(String code);

	Optional<Campaign> findById(Long id);

	boolean existsByCode(String code);

	Campaign save(Campaign campaign);

}
