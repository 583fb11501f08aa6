package com.tasktable.campaigns;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface TaskItemRepository extends Repository<TaskItem, Long> {

	List<TaskItem> findByCampaignIdOrderByNumber(Long campaignId);

	TaskItem save(TaskItem item);

	Optional<TaskItem> findById(Long id);

	boolean existsByCampaignIdAndNumber(Long campaignId, int number);

}
